/**
 * The layout's tight bounds: every card, node, bus, link and packet rest spot, plus a margin
 * for highlight rings. The diagram uses it as its SVG `viewBox`, so no empty bands are drawn.
 */
import type { CardBox, FontSpec, Point, Rect } from './boxTypes';
import { VIEW_MARGIN } from './presets';
import type { BusLine, LinkLine, PacketSize } from './types';

/** What the bounds are taken over. */
export interface BoundsParts {
  cards: CardBox[];
  boxes: Rect[];
  buses: BusLine[];
  links: LinkLine[];
  rests: Point[];
  packet: PacketSize;
  /** Body font: the bus label, and the naive caption above a Service box (two lines). */
  body: FontSpec;
}

/**
 * Height of the naive model's two-line caption above its Service boxes (the diagram draws it).
 * @param body - the top cards' body font
 */
export function captionRoom(body: FontSpec): number {
  return 6 + 2 * Math.round(body.size * 1.25);
}

function cover(acc: { x1: number; y1: number; x2: number; y2: number }, r: Rect): void {
  acc.x1 = Math.min(acc.x1, r.x);
  acc.y1 = Math.min(acc.y1, r.y);
  acc.x2 = Math.max(acc.x2, r.x + r.width);
  acc.y2 = Math.max(acc.y2, r.y + r.height);
}

/**
 * The content bounds plus `VIEW_MARGIN`, rounded outwards to 0.5 units.
 * @param parts - the laid-out pieces
 * @returns the viewBox rectangle
 */
export function contentViewBox(parts: BoundsParts): Rect {
  const acc = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const box of [...parts.cards, ...parts.boxes]) cover(acc, box);
  // The naive caption sits above its dashed Service box (diagram/geometry/caption.ts).
  const caption = captionRoom(parts.body);
  for (const box of parts.cards.filter((c) => c.dashed))
    cover(acc, { x: box.x, y: box.y - caption, width: box.width, height: caption });
  for (const bus of parts.buses) {
    cover(acc, { x: bus.x1, y: bus.y, width: bus.x2 - bus.x1, height: 0 });
    if (bus.label) cover(acc, { x: bus.x1, y: bus.y - 8 - parts.body.size, width: 0, height: 0 });
  }
  for (const link of parts.links)
    for (const p of link.points) cover(acc, { ...p, width: 0, height: 0 });
  const { width, height } = parts.packet;
  for (const p of parts.rests)
    cover(acc, { x: p.x - width / 2, y: p.y - height / 2, width, height });
  const x = Math.floor((acc.x1 - VIEW_MARGIN) * 2) / 2;
  const y = Math.floor((acc.y1 - VIEW_MARGIN) * 2) / 2;
  return {
    x,
    y,
    width: Math.ceil((acc.x2 + VIEW_MARGIN) * 2) / 2 - x,
    height: Math.ceil((acc.y2 + VIEW_MARGIN) * 2) / 2 - y,
  };
}
