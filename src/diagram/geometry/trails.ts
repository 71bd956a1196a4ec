/**
 * The trail geometry of every leg: its route offset to the right of travel, as a path with its
 * length, and the dash pattern that draws the first part of it (the trail grows with the
 * packet by changing only `stroke-dasharray`, cheap to repaint, unlike a mask).
 */
import { type Layout, polylineLength, type Route } from '../../layout';
import { offsetPolyline, polylinePath } from './offsetPolyline';
import { detailScale } from './sizes';

/** Stroke width and offset of trails at a layout's scale. */
export interface TrailStyle {
  width: number;
  offset: number;
}

/** One leg's trail. */
export interface TrailPath {
  /** SVG path (straight segments). */
  d: string;
  /** Its length in units. */
  length: number;
}

/** Dash and gap of reply trails, in units. */
export const REPLY_DASH = [10, 7] as const;

/**
 * Trail stroke width and sideways offset.
 * @param layout - the layout
 * @returns 4 units wide and 3 to the right at full detail
 */
export function trailStyle(layout: Pick<Layout, 'packet'>): TrailStyle {
  const scale = detailScale(layout);
  return { width: Math.max(2, 4 * scale), offset: Math.max(1.5, 3 * scale) };
}

/**
 * The trails of every route.
 * @param routes - `computeRoutes(layout, trace)`
 * @param offset - sideways offset (see {@link trailStyle})
 */
export function trailPaths(routes: Route[], offset: number): TrailPath[] {
  return routes.map((route) => {
    const points = offsetPolyline(route.points, offset);
    return { d: polylinePath(points), length: polylineLength(points) };
  });
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A `stroke-dasharray` that draws the first `t` of a path: solid, or dashed with `pattern`
 * anchored at the start (so the dashes do not crawl while the trail grows).
 * @param total - the path's length
 * @param t - how much to draw, 0..1 (clamped)
 * @param pattern - dash and gap; none for a solid trail
 */
export function trailDash(total: number, t: number, pattern?: readonly [number, number]): string {
  const shown = Math.min(1, Math.max(0, Number.isNaN(t) ? 0 : t)) * total;
  const hidden = round(total + 1);
  if (!pattern) return `${round(shown)} ${hidden}`;
  const [dash, gap] = pattern;
  const parts: number[] = [];
  let at = 0;
  while (at + dash + gap <= shown) {
    parts.push(dash, gap);
    at += dash + gap;
  }
  parts.push(round(Math.min(dash, shown - at)), hidden);
  return parts.join(' ');
}
