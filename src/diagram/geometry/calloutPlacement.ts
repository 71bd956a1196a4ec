/**
 * Where a rewrite callout goes: inside the acting node (or the acting pod's node) below its
 * header, rule table and pods when there is room, so the NAT event sits on the node that made
 * it; otherwise beside the acting entity, where it covers the least.
 */
import { badgeObstacles, type Layout, type NodeBox, type Rect } from '../../layout';
import { besideRect, leastCovering } from './tagPlacement';

function hostNode(layout: Layout, at: string): NodeBox | undefined {
  const entity = layout.entities[at];
  const name = entity?.kind === 'node' ? at : entity?.node;
  return layout.nodes.find((n) => n.id === name);
}

// The free band at the bottom of a node, below everything drawn inside it.
function insideNode(
  layout: Layout,
  node: NodeBox,
  size: { width: number; height: number },
  taken: Rect[],
): Rect | null {
  const gap = Math.max(4, Math.round(node.radius * 0.7));
  const inside = layout.pods.filter((p) => p.node === node.id);
  const bottoms = [node.header, ...(node.rules ? [node.rules] : []), ...inside, ...taken].map(
    (r) => r.y + r.height,
  );
  const top = Math.max(...bottoms.filter((b) => b <= node.y + node.height)) + gap;
  const free = node.y + node.height - gap - top;
  if (size.height > free || size.width > node.width - 2 * gap) return null;
  return { x: node.x + gap, y: top, ...size };
}

/**
 * Places a callout for the rewrites made at an entity.
 * @param layout - the layout
 * @param at - the acting entity's id
 * @param size - the callout's size
 * @param avoid - rectangles to keep clear too (the packet at rest, other callouts, badges)
 * @returns the callout's box, inside the canvas
 */
export function placeCallout(
  layout: Layout,
  at: string,
  size: { width: number; height: number },
  avoid: Rect[],
): Rect {
  const entity = layout.entities[at];
  if (!entity) return { x: 0, y: 0, ...size };
  const node = hostNode(layout, at);
  const inside = node
    ? insideNode(
        layout,
        node,
        size,
        avoid.filter(
          (r) =>
            r.y >= node.y &&
            r.y + r.height <= node.y + node.height &&
            r.x >= node.x &&
            r.x + r.width <= node.x + node.width,
        ),
      )
    : null;
  const gap = 8;
  const beside = (['right', 'left', 'below', 'above'] as const).map((side) =>
    besideRect(entity, size, side, gap),
  );
  const obstacles = [...badgeObstacles(layout), ...avoid];
  return leastCovering(inside ? [inside, ...beside] : beside, obstacles, layout);
}
