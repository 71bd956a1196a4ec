/** Geometry and text primitives shared by every layout type. */

/** A point on the canvas; y grows downwards (SVG). */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle: top-left corner plus size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Which font a text line uses; sizes per role are in {@link FontSpec}. */
export type FontRole = 'title' | 'body' | 'mono' | 'badge';

/** One font role: family key, size in canvas units, weight, line height. */
export interface FontSpec {
  /** `sans` or `mono`; the CSS stacks are in `FONT_FAMILIES`. */
  family: 'sans' | 'mono';
  size: number;
  weight: 400 | 600 | 700;
  /** Distance between baselines of consecutive lines. */
  lineHeight: number;
}

/** How much a node shows: `full` (all text), `compact` (short text), `minimal` (name only). */
export type NodeDetail = 'full' | 'compact' | 'minimal';

/** How a pod is drawn: `card` (name + IP), `chip` (name only), `dot` (no text). */
export type PodDetail = 'card' | 'chip' | 'dot';

/** A line of text, already shortened to fit its box; render it as-is. */
export interface TextLine {
  /** The text to draw (may end in `…`). */
  text: string;
  /** The unshortened text, for a tooltip (`<title>`). */
  full: string;
  x: number;
  /** Baseline. */
  y: number;
  role: FontRole;
  family: 'sans' | 'mono';
  fontSize: number;
  weight: 400 | 600 | 700;
  /** SVG `text-anchor`. */
  anchor: 'start' | 'middle' | 'end';
}
