/**
 * Trails run beside the route, offset to the right of the direction of travel, so a reply
 * retracing a request (or two legs sharing a bus) shows as two lanes instead of one line.
 */
import type { Point } from '../../layout';

function normal(a: Point, b: Point): Point | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  // Right of travel on screen (y down): heading (dx, dy) turns to (-dy, dx).
  return length > 0 ? { x: -dy / length, y: dx / length } : null;
}

/**
 * A polyline moved sideways, to the right of its direction of travel.
 * @param points - the polyline (a route's sampled points)
 * @param distance - offset in units (negative: to the left)
 * @returns a polyline of the same length; joints are mitred (at most 2x the offset)
 */
export function offsetPolyline(points: Point[], distance: number): Point[] {
  if (points.length < 2 || distance === 0) return points.map((p) => ({ ...p }));
  const normals = points.slice(1).map((p, i) => normal(points[i] as Point, p));
  return points.map((p, i) => {
    const before = normals[i - 1] ?? null;
    const after = normals[i] ?? null;
    const a = before ?? after;
    const b = after ?? before;
    if (!a || !b) return { ...p };
    let nx = a.x + b.x;
    let ny = a.y + b.y;
    const length = Math.hypot(nx, ny);
    // A U-turn cancels the two normals: keep the incoming one.
    if (length < 1e-6) [nx, ny] = [a.x, a.y];
    else [nx, ny] = [nx / length, ny / length];
    const cos = Math.max(0.5, nx * a.x + ny * a.y);
    const k = distance / cos;
    return { x: p.x + nx * k, y: p.y + ny * k };
  });
}

/**
 * SVG path through a polyline's points.
 * @param points - the polyline
 * @returns `M x,y L x,y …` with coordinates rounded to 0.1
 */
export function polylinePath(points: Point[]): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)},${r(p.y)}`).join('');
}
