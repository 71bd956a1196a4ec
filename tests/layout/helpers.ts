/** Assertion helpers for layout tests: overlap and containment checks over many boxes. */
import {
  contains,
  type Layout,
  overlaps,
  type Point,
  type Rect,
  type Route,
  type TextLine,
  textWidth,
} from '../../src/layout';

/** Pairs of boxes (by label) that overlap; empty when all are apart. */
export function overlapping(boxes: Array<Rect & { id?: string }>): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (overlaps(a, b)) found.push(`${a.id ?? i} / ${b.id ?? '?'}`);
  });
  return found;
}

/** Ids of boxes not inside `outer`. */
export function outside(outer: Rect, boxes: Array<Rect & { id?: string }>): string[] {
  return boxes.filter((b) => !contains(outer, b)).map((b, i) => b.id ?? String(i));
}

/** The canvas as a rectangle. */
export function canvas(layout: Layout): Rect {
  return { x: 0, y: 0, width: layout.width, height: layout.height };
}

/** The packet card when it rests at `rest`. */
export function packetAt(layout: Layout, rest: Point): Rect {
  const { width, height } = layout.packet;
  return { x: rest.x - width / 2, y: rest.y - height / 2, width, height };
}

/** Estimated ink box of a text line (baseline-anchored, ascent 0.8 em, descent 0.25 em). */
export function textBox(line: TextLine): Rect {
  const width = textWidth(line.text, line.fontSize, line.family, line.weight);
  const x =
    line.anchor === 'start'
      ? line.x
      : line.anchor === 'middle'
        ? line.x - width / 2
        : line.x - width;
  return { x, y: line.y - line.fontSize * 0.8, width, height: line.fontSize * 1.05 };
}

/** Every box drawn inside the node rows: nodes' headers, rule panels and pods. */
export function innerBoxes(layout: Layout): Array<Rect & { id: string }> {
  const boxes: Array<Rect & { id: string }> = [];
  for (const node of layout.nodes) {
    boxes.push({ ...node.header, id: `header:${node.id}` });
    if (node.rules) boxes.push({ ...node.rules, id: `rules:${node.id}` });
  }
  return [...boxes, ...layout.pods];
}

/** Shortest distance from a point to a route's polyline. */
export function distanceToRoute(route: Route, p: Point): number {
  let best = Number.POSITIVE_INFINITY;
  route.points.forEach((b, i) => {
    const a = route.points[i - 1];
    if (!a) return;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const f = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(a.x + f * dx - p.x, a.y + f * dy - p.y));
  });
  return best;
}
