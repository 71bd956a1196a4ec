/** Rectangle helpers for rings and tags: inflate, overlap, keep inside the canvas. */
import type { Point, Rect } from '../../layout';

/**
 * A rectangle grown by `by` on every side.
 * @param rect - the rectangle
 * @param by - units (negative shrinks)
 */
export function inflate(rect: Rect, by: number): Rect {
  return {
    x: rect.x - by,
    y: rect.y - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by,
  };
}

/**
 * Area two rectangles share.
 * @param a - first rectangle
 * @param b - second rectangle
 * @returns 0 when they do not overlap
 */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Moves a rectangle the least so that it lies inside the drawn area (with a margin).
 * @param rect - the rectangle
 * @param bounds - the area (the layout's `viewBox`)
 * @param margin - space kept from its edges
 */
export function keepInside(rect: Rect, bounds: Rect, margin = 4): Rect {
  const x = Math.min(
    Math.max(rect.x, bounds.x + margin),
    bounds.x + bounds.width - margin - rect.width,
  );
  const y = Math.min(
    Math.max(rect.y, bounds.y + margin),
    bounds.y + bounds.height - margin - rect.height,
  );
  return { ...rect, x, y };
}

/**
 * A rectangle of a given size centred on a point.
 * @param centre - the centre
 * @param width - width
 * @param height - height
 */
export function centredRect(centre: Point, width: number, height: number): Rect {
  return { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
}
