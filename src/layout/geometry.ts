/** Small pure geometry helpers shared by the layout modules. */
import type { Point, Rect } from './boxTypes';

/**
 * Rounds to the nearest 0.5 unit, so layouts are stable in snapshots.
 * @param value - any finite number
 * @returns the value rounded to a multiple of 0.5
 */
export function half(value: number): number {
  return Math.round(value * 2) / 2;
}

/**
 * Rounds a point to 0.5 units.
 * @param x - abscissa
 * @param y - ordinate
 */
export function pt(x: number, y: number): Point {
  return { x: half(x), y: half(y) };
}

/**
 * Builds a rectangle rounded to 0.5 units.
 * @param x - left
 * @param y - top
 * @param width - never below 0
 * @param height - never below 0
 */
export function rect(x: number, y: number, width: number, height: number): Rect {
  return {
    x: half(x),
    y: half(y),
    width: half(Math.max(0, width)),
    height: half(Math.max(0, height)),
  };
}

/**
 * Tells whether two rectangles share interior area (touching edges do not count).
 * @param a - first rectangle
 * @param b - second rectangle
 */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Tells whether `inner` lies within `outer` (edges may touch).
 * @param inner - the contained rectangle
 * @param outer - the container
 */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * Clamps a value into [min, max]; when the range is empty, returns its midpoint.
 * @param value - the value
 * @param min - lower bound
 * @param max - upper bound
 */
export function clamp(value: number, min: number, max: number): number {
  if (min > max) return (min + max) / 2;
  return Math.min(max, Math.max(min, value));
}

/**
 * Length of a polyline: the sum of its segments.
 * @param points - the polyline
 * @returns 0 for fewer than two points
 */
export function polylineLength(points: Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    total += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return total;
}

/**
 * Distance between two points.
 * @param a - first point
 * @param b - second point
 */
export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}
