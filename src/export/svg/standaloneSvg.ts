/**
 * A diagram's markup made into a file that stands alone: the SVG namespace and pixel size on
 * the root, the diagram's CSS with the theme's tokens resolved in a `<style>`, a background in
 * the theme's colour, and motion's inline styles turned into attributes.
 */
import type { ExportTheme } from '../types';
import { DIAGRAM_CSS, THEME_CSS } from './cssText';
import { flattenMotionStyles } from './motionStyles';
import { type ThemeTokens, themedCss, themeTokens } from './themeCss';

/** The stylesheets a file embeds, as text. */
export interface ExportStyles {
  /** The diagram's CSS, `@import`s resolved (src/diagram/diagram.css). */
  diagramCss: string;
  /** The theme tokens (src/app/theme.css). */
  themeCss: string;
}

/** The app's own stylesheets (what the screen uses). */
export const APP_STYLES: ExportStyles = { diagramCss: DIAGRAM_CSS, themeCss: THEME_CSS };

/** Options of {@link standaloneSvg}. */
export interface StandaloneSvgOptions {
  /** Width of the file in pixels (the `width` attribute). */
  width: number;
  /** Height of the file in pixels. */
  height: number;
  /** The theme whose tokens are resolved. */
  theme: ExportTheme;
  /** Start with an XML declaration (for a file; not for inline HTML). @default true */
  xmlDeclaration?: boolean;
  /** The stylesheets to embed. @default APP_STYLES */
  styles?: ExportStyles;
}

/** A theme's tokens and the diagram's CSS resolved for it. */
export interface ThemeStyles {
  tokens: ThemeTokens;
  css: string;
}

const cache = new WeakMap<ExportStyles, Map<ExportTheme, ThemeStyles>>();

/**
 * The theme's tokens and the diagram's CSS resolved for it (computed once per theme).
 * @param theme - the theme
 * @param styles - the stylesheets @default APP_STYLES
 * @returns the tokens and the self-contained CSS
 */
export function themeStyles(theme: ExportTheme, styles: ExportStyles = APP_STYLES): ThemeStyles {
  let byTheme = cache.get(styles);
  if (!byTheme) {
    byTheme = new Map();
    cache.set(styles, byTheme);
  }
  let hit = byTheme.get(theme);
  if (!hit) {
    const tokens = themeTokens(styles.themeCss, theme);
    hit = { tokens, css: themedCss(styles.diagramCss, theme, tokens) };
    byTheme.set(theme, hit);
  }
  return hit;
}

/**
 * The theme's background colour (`--pw-bg`), for canvases under an SVG.
 * @param theme - the theme
 * @param styles - the stylesheets @default APP_STYLES
 * @returns the colour (white when the theme has no `--pw-bg`)
 */
export function themeBackground(theme: ExportTheme, styles: ExportStyles = APP_STYLES): string {
  return themeStyles(theme, styles).tokens['--pw-bg'] ?? '#ffffff';
}

/**
 * The `viewBox` of an SVG's root element.
 * @param markup - SVG text starting with (or containing) the root `<svg …>`
 * @returns `[x, y, width, height]`, or an empty list when there is none
 */
export function viewBoxOf(markup: string): number[] {
  const open = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  return (
    /viewBox="([^"]*)"/
      .exec(open)?.[1]
      ?.split(/[\s,]+/)
      .map(Number) ?? []
  );
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * Makes a diagram's markup self-contained.
 * @param markup - `<svg class="pw-diagram" viewBox="0 0 W H" …>…</svg>` from the diagram
 * @param options - pixel size and theme
 * @returns the SVG document's text
 */
export function standaloneSvg(markup: string, options: StandaloneSvgOptions): string {
  const { width, height, theme } = options;
  const { css } = themeStyles(theme, options.styles);
  const open = /^<svg\b[^>]*>/.exec(markup);
  if (!open) throw new Error('standaloneSvg: the markup does not start with <svg>');
  const [x = 0, y = 0, w = width, h = height] = viewBoxOf(open[0]);
  const rootAttrs = [
    open[0].includes('xmlns=') ? '' : ' xmlns="http://www.w3.org/2000/svg"',
    ` width="${width}" height="${height}"`,
  ].join('');
  const root = open[0].replace(/^<svg/, `<svg${rootAttrs}`);
  // The page's CSS sizes the diagram to its box; the file has its own pixel size.
  const sizing = `.pw-diagram{width:${width}px;height:${height}px}`;
  const style = `<style>${escapeText(`${css}\n${sizing}`)}</style>`;
  // Three times the viewBox each way: it also fills the bands `meet` leaves around it.
  const background = `<rect class="pw-export-background" x="${x - w}" y="${y - h}" width="${3 * w}" height="${3 * h}" fill="${themeBackground(theme, options.styles)}"/>`;
  const body = flattenMotionStyles(markup.slice(open[0].length));
  // After <title> and <desc>, so they stay the first children (the accessible name).
  const desc = body.indexOf('</desc>');
  const at = desc >= 0 ? desc + '</desc>'.length : 0;
  const svg = `${root}${body.slice(0, at)}${style}${background}${body.slice(at)}`;
  return options.xmlDeclaration === false ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
