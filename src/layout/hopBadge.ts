/** Where to put a step's numbered hop badge: near the middle of its route, off the cards. */
import type { Point, Rect } from './boxTypes';
import { distance, pt } from './geometry';
import { pointAlong } from './pointAlong';
import type { Layout, Route } from './types';

/** Options of {@link hopBadgePosition}. */
export interface HopBadgeOptions {
  /** Cards, pods and rule panels of this layout are kept clear. */
  layout?: Layout;
  /** Other badges already placed, kept at least two radii apart. */
  avoid?: Point[];
  /** Badge radius in canvas units. @default 16 */
  radius?: number;
}

// Fractions of the route tried in order: the middle first, then outwards.
const TRIES = [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8];

/**
 * The rectangles a badge must not cover: the top cards, pods, node headers and rule panels.
 * @param layout - the layout
 */
export function badgeObstacles(layout: Layout): Rect[] {
  const rects: Rect[] = [
    layout.client,
    layout.loadBalancer,
    ...layout.serviceBoxes,
    ...layout.pods,
  ];
  for (const node of layout.nodes) {
    rects.push(node.header);
    if (node.rules) rects.push(node.rules);
  }
  return rects;
}

function hitsRect(p: Point, r: number, box: Rect): boolean {
  const dx = Math.max(box.x - p.x, 0, p.x - (box.x + box.width));
  const dy = Math.max(box.y - p.y, 0, p.y - (box.y + box.height));
  return dx * dx + dy * dy < r * r;
}

/**
 * A point on the route near its middle for the numbered hop badge, not on top of a card.
 * @param route - from `computeRoute`
 * @param options - layout to keep clear, badges to avoid, radius
 * @returns the badge centre (the route's midpoint when nothing nearer the middle is clear)
 */
export function hopBadgePosition(route: Route, options: HopBadgeOptions = {}): Point {
  const radius = options.radius ?? 16;
  const obstacles = options.layout ? badgeObstacles(options.layout) : [];
  const avoid = options.avoid ?? [];
  for (const t of TRIES) {
    const { x, y } = pointAlong(route, t);
    const p = pt(x, y);
    const blocked =
      obstacles.some((box) => hitsRect(p, radius, box)) ||
      avoid.some((q) => distance(p, q) < 2 * radius);
    if (!blocked) return p;
  }
  const mid = pointAlong(route, 0.5);
  return pt(mid.x, mid.y);
}
