/**
 * Where a rewrite callout goes: inside the acting node (or the acting pod's node) below its
 * header, rule table and pods when there is room, so the NAT event sits on the node that made
 * it; at minimal detail in the gap above or below that node (beside the bus); otherwise beside
 * the acting entity, where it covers the least (names count four times).
 */
import {
  badgeObstacles,
  clamp,
  contains,
  type Layout,
  type NodeBox,
  noteInset,
  type Rect,
} from '../../layout';
import { besideRect, leastCoveringAt, nameBoxes } from './tagPlacement';

/** A callout size. */
export interface Size {
  width: number;
  height: number;
}

function hostNode(layout: Layout, at: string): NodeBox | undefined {
  const entity = layout.entities[at];
  const name = entity?.kind === 'node' ? at : entity?.node;
  return layout.nodes.find((n) => n.id === name);
}

// The free band at the bottom of a node, below everything drawn inside it.
function insideNode(layout: Layout, node: NodeBox, size: Size, taken: Rect[]): Rect | null {
  const gap = noteInset(node.radius);
  const inside = layout.pods.filter((p) => p.node === node.id);
  const bottoms = [node.header, ...(node.rules ? [node.rules] : []), ...inside, ...taken].map(
    (r) => r.y + r.height,
  );
  const top = Math.max(...bottoms.filter((b) => b <= node.y + node.height)) + gap;
  const free = node.y + node.height - gap - top;
  if (size.height > free || size.width > node.width - 2 * gap) return null;
  return { x: node.x + gap, y: top, ...size };
}

// Minimal detail: the bus gaps above and below the node, centred on it, then slid along the
// row by up to four node widths (the gap is free but for links, the bus and resting packets).
function gapsAround(layout: Layout, node: NodeBox, size: Size): Rect[] {
  const bus = layout.buses[node.row];
  const next = layout.buses[node.row + 1];
  const above = bus ? (bus.y + node.y) / 2 : node.y - 4 - size.height / 2;
  const below = next ? (node.y + node.height + next.y) / 2 : node.y + node.height + 3;
  const pitch = node.width + Math.max(4, node.radius);
  const rects: Rect[] = [];
  for (const k of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
    const x = node.x + node.width / 2 - size.width / 2 + k * pitch;
    rects.push({ x, y: above - size.height / 2, ...size });
    rects.push({ x, y: next ? below - size.height / 2 : below, ...size });
  }
  return rects;
}

/** A placed callout: its box, which of the sizes it has, a leader line when it sits away. */
export interface CalloutPlace {
  box: Rect;
  index: number;
  /** From the callout's edge to the acting entity's edge; `null` when it sits on or beside it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/**
 * The shortest segment between two rectangles' edges, or `null` when they are close.
 * @param box - the callout
 * @param target - the acting entity
 */
export function leaderLine(box: Rect, target: Rect): CalloutPlace['leader'] {
  const x1 = clamp(target.x + target.width / 2, box.x, box.x + box.width);
  const y1 = clamp(target.y + target.height / 2, box.y, box.y + box.height);
  const x2 = clamp(x1, target.x, target.x + target.width);
  const y2 = clamp(y1, target.y, target.y + target.height);
  return Math.hypot(x2 - x1, y2 - y1) > 16 ? { x1, y1, x2, y2 } : null;
}

/**
 * Places a callout for the rewrites made at an entity: inside its node when a size fits, else
 * beside it, in the bus gaps (minimal detail) or in the free top band beside the load
 * balancer (then with a leader line), where it covers the least.
 * @param layout - the layout
 * @param at - the acting entity's id
 * @param sizes - the callout's sizes, in order of preference (e.g. wide, then stacked)
 * @param avoid - rectangles to keep clear too (the packet at rest, other callouts, badges)
 * @returns the callout's box (inside the viewBox), the index of its size, its leader line
 */
export function placeCallout(
  layout: Layout,
  at: string,
  sizes: Size[],
  avoid: Rect[],
): CalloutPlace {
  const entity = layout.entities[at];
  const first = sizes[0] ?? { width: 0, height: 0 };
  if (!entity) return { box: { x: 0, y: 0, ...first }, index: 0, leader: null };
  const node = hostNode(layout, at);
  if (node) {
    const taken = avoid.filter((r) => contains(node, r));
    for (const [index, size] of sizes.entries()) {
      const box = insideNode(layout, node, size, taken);
      if (box) return { box, index, leader: null };
    }
  }
  const candidates: Array<{ rect: Rect; index: number }> = [];
  const add = (rect: Rect, index: number) => candidates.push({ rect, index });
  for (const [index, size] of sizes.entries()) {
    for (const side of ['right', 'left', 'below', 'above'] as const)
      add(besideRect(entity, size, side, 8), index);
    if (node && layout.detail === 'minimal')
      for (const rect of gapsAround(layout, node, size)) add(rect, index);
    const lb = layout.loadBalancer;
    add({ ...size, x: lb.x + lb.width + 16, y: lb.y }, index);
  }
  const obstacles = [...badgeObstacles(layout), ...avoid];
  const rects = candidates.map((c) => c.rect);
  const best = leastCoveringAt(rects, obstacles, layout.viewBox, nameBoxes(layout), entity);
  const index = candidates[best.index]?.index ?? 0;
  return { box: best.box, index, leader: leaderLine(best.box, entity) };
}
