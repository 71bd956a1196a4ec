/** Positions along a route by arc length: what the packet animation samples each frame. */
import type { Point } from './boxTypes';
import type { Route, RoutePoint } from './types';

function angleOf(a: Point, b: Point): number {
  return (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
}

/**
 * The point at fraction `t` of a route's length.
 * @param route - from `computeRoute`
 * @param t - 0 at the start, 1 at the end; clamped into [0, 1]
 * @returns position and direction of travel in degrees (0 = right, 90 = down)
 */
export function pointAlong(route: Route, t: number): RoutePoint {
  const { points } = route;
  const first = points[0] ?? { x: 0, y: 0 };
  if (points.length < 2 || !(route.length > 0)) return { x: first.x, y: first.y, angle: 0 };
  const clamped = Math.min(1, Math.max(0, Number.isNaN(t) ? 0 : t));
  // The very end is the rest point itself (summing segments can fall short by rounding).
  if (clamped === 1) {
    const a = points[points.length - 2] as Point;
    const b = points[points.length - 1] as Point;
    return { x: b.x, y: b.y, angle: angleOf(a, b) };
  }
  const target = clamped * route.length;
  let walked = 0;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const seg = Math.hypot(b.x - a.x, b.y - a.y);
    if (walked + seg >= target || i === points.length - 1) {
      const f = seg > 0 ? Math.min(1, Math.max(0, (target - walked) / seg)) : 0;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, angle: angleOf(a, b) };
    }
    walked += seg;
  }
  return { x: first.x, y: first.y, angle: 0 };
}
