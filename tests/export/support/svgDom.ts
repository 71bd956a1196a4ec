/** Parses exported SVG as XML in Node tests (jsdom's strict XML parser) and reads its facts. */
import { JSDOM } from 'jsdom';

/**
 * Parses an SVG document; throws on anything that is not well-formed XML.
 * @param svg - the SVG text
 * @returns the root element
 */
export function parseSvg(svg: string): Element {
  const dom = new JSDOM(svg, { contentType: 'image/svg+xml' });
  const root = dom.window.document.documentElement;
  if (root.nodeName !== 'svg' || root.getElementsByTagName('parsererror').length > 0) {
    throw new Error('not a well-formed SVG document');
  }
  return root;
}

/**
 * Every `data-entity` value in a document.
 * @param root - the root element
 * @returns the set of entity ids (`packet` included)
 */
export function entityIds(root: Element): Set<string> {
  return new Set(
    [...root.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity') ?? ''),
  );
}
