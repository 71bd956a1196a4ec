/**
 * Splits a standalone diagram SVG in two documents painted one over the other: the base (the
 * background and the static scene, `<g class="pw-scene">`, which only changes from step to
 * step) and the overlay (trails, badges, callouts, the packet). An animation rasterises the
 * base once per step and only the overlay per frame; painted in order, the two give the same
 * picture as the whole document.
 */

/** The two layers of a diagram document. */
export interface SvgLayers {
  /** Root, `<style>`, background and every child up to the static scene. */
  base: string;
  /** Root, `<style>` and the children after the scene (transparent elsewhere). */
  overlay: string;
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:\s[^>]*?)?(\/?)>/g;

/** The top-level children of the root element: `[start, end)` offsets into `svg`. */
function topLevelChildren(svg: string, from: number): Array<[number, number]> {
  const children: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  TAG.lastIndex = from;
  for (let m = TAG.exec(svg); m; m = TAG.exec(svg)) {
    const [all, close, , selfClosing] = m;
    if (close) {
      if (depth === 0) break; // </svg>
      depth--;
      if (depth === 0) children.push([start, m.index + all.length]);
    } else {
      if (depth === 0) start = m.index;
      if (selfClosing) {
        if (depth === 0) children.push([start, m.index + all.length]);
      } else depth++;
    }
  }
  return children;
}

/**
 * Splits a document made by `standaloneSvg` into base and overlay.
 * @param svg - the SVG text
 * @param baseClass - class of the last child of the base @default 'pw-scene'
 * @returns the layers, or null when the document has no such child (draw it whole)
 */
export function splitLayers(svg: string, baseClass = 'pw-scene'): SvgLayers | null {
  const rootAt = svg.indexOf('<svg');
  const rootEnd = svg.indexOf('>', rootAt) + 1;
  if (rootAt < 0 || rootEnd <= 0) return null;
  const children = topLevelChildren(svg, rootEnd);
  const opens = (range: [number, number], text: string) => svg.startsWith(text, range[0]);
  const scene = children.findIndex((c) => opens(c, `<g class="${baseClass}"`));
  const style = children.find((c) => opens(c, '<style'));
  const last = children[scene];
  if (scene < 0 || !last || !style) return null;
  const root = svg.slice(rootAt, rootEnd);
  const rest = children
    .slice(scene + 1)
    .map(([a, b]) => svg.slice(a, b))
    .join('');
  const css = svg.slice(style[0], style[1]);
  return {
    base: `${svg.slice(rootAt, last[1])}</svg>`,
    overlay: `${root}${rulesFor(css, root + rest)}${rest}</svg>`,
  };
}

/**
 * Keeps the `<style>` rules (one per line, as `themedCss` writes them) whose selectors name a
 * class used in `markup`: the overlay is decoded every frame, and most rules are the scene's.
 */
function rulesFor(style: string, markup: string): string {
  const used = new Set<string>();
  for (const [, list] of markup.matchAll(/class="([^"]*)"/g)) {
    for (const name of (list ?? '').split(/\s+/)) used.add(name);
  }
  const open = style.indexOf('>') + 1;
  const close = style.lastIndexOf('</style>');
  const lines = style
    .slice(open, close)
    .split('\n')
    .filter((line) => {
      const classes = line.slice(0, line.indexOf('{')).match(/\.[\w-]+/g);
      return !classes || classes.some((c) => used.has(c.slice(1)));
    });
  return `${style.slice(0, open)}${lines.join('\n')}${style.slice(close)}`;
}
