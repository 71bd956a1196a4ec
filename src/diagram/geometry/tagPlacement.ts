/**
 * Where a small tag (a pill of text) goes beside something: the first candidate side that
 * stays in the drawn area and covers the least of the cards, pods, headers and rule panels
 * (names weigh more).
 */
import { badgeObstacles, type Layout, type Rect, type TextLine, textWidth } from '../../layout';
import { keepInside, overlapArea } from './rects';

/** A side of the anchor. */
export type TagSide = 'right' | 'left' | 'below' | 'above';

/** A placed tag: its pill and the text's anchor point. */
export interface TagBox extends Rect {
  /** Centre x of the text (`text-anchor: middle`). */
  textX: number;
  /** Baseline of the text. */
  baseline: number;
  fontSize: number;
}

/**
 * The pill size of a tag's text.
 * @param text - the tag text
 * @param fontSize - its size (sans, semi-bold)
 */
export function tagSize(text: string, fontSize: number): { width: number; height: number } {
  const padX = Math.round(fontSize * 0.6);
  return {
    width: Math.ceil(textWidth(text, fontSize, 'sans', 600)) + 2 * padX,
    height: Math.round(fontSize * 1.6),
  };
}

/**
 * A rectangle of a given size beside an anchor, centred on that side.
 * @param anchor - the anchor
 * @param size - width and height
 * @param side - which side
 * @param gap - distance from the anchor
 */
export function besideRect(
  anchor: Rect,
  size: { width: number; height: number },
  side: TagSide,
  gap: number,
): Rect {
  const cx = anchor.x + anchor.width / 2 - size.width / 2;
  const cy = anchor.y + anchor.height / 2 - size.height / 2;
  if (side === 'right') return { ...size, x: anchor.x + anchor.width + gap, y: cy };
  if (side === 'left') return { ...size, x: anchor.x - gap - size.width, y: cy };
  if (side === 'below') return { ...size, x: cx, y: anchor.y + anchor.height + gap };
  return { ...size, x: cx, y: anchor.y - gap - size.height };
}

/**
 * The distance between two rectangles (0 when they touch or overlap).
 * @param a - first rectangle
 * @param b - second rectangle
 */
export function gapBetween(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/**
 * The boxes that carry names (node headers, the top cards): covering them costs extra.
 * @param layout - the layout
 */
export function nameBoxes(layout: Layout): Rect[] {
  return [
    layout.client,
    layout.loadBalancer,
    ...layout.serviceBoxes,
    ...layout.nodes.map((n) => n.header),
    ...layout.buses.flatMap((b) => (b.label ? [labelBox(b.label)] : [])),
  ];
}

// The box a label is drawn in (start-anchored, from its baseline), from the layout's own
// measure of the text.
function labelBox(line: TextLine): Rect {
  const width = textWidth(line.text, line.fontSize, line.family, line.weight);
  const x =
    line.anchor === 'start' ? line.x : line.anchor === 'end' ? line.x - width : line.x - width / 2;
  return { x, y: line.y - line.fontSize, width, height: line.fontSize * 1.25 };
}

/**
 * Of candidate rectangles, the one that, moved into the drawn area, covers the least of the
 * obstacles (being pushed back inside counts like covering something), and its index.
 * @param candidates - in order of preference (ties keep the earlier one)
 * @param obstacles - rectangles to keep clear
 * @param bounds - the drawn area (the layout's `viewBox`)
 * @param names - rectangles whose covering costs three times more on top (names)
 * @param near - what the rectangle belongs to: each unit of distance from it costs 2
 * @returns the chosen rectangle, inside the bounds, and its index in `candidates` (-1: none)
 */
export function leastCoveringAt(
  candidates: Rect[],
  obstacles: Rect[],
  bounds: Rect,
  names: Rect[] = [],
  near?: Rect,
): { box: Rect; index: number } {
  let best = { box: { x: 0, y: 0, width: 0, height: 0 }, index: -1 };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const [index, raw] of candidates.entries()) {
    const box = keepInside(raw, bounds);
    const moved = Math.abs(box.x - raw.x) * raw.height + Math.abs(box.y - raw.y) * raw.width;
    const covered = obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0);
    const named = 3 * names.reduce((sum, o) => sum + overlapArea(box, o), 0);
    const cost = moved + covered + named + (near ? 2 * gapBetween(box, near) : 0);
    if (cost < bestCost) [best, bestCost] = [{ box, index }, cost];
    if (cost === 0) break;
  }
  return best;
}

/**
 * {@link leastCoveringAt}, the rectangle only.
 * @param candidates - in order of preference (ties keep the earlier one)
 * @param obstacles - rectangles to keep clear
 * @param bounds - the drawn area (the layout's `viewBox`)
 * @param names - rectangles whose covering costs three times more on top (names)
 * @param near - what the rectangle belongs to: each unit of distance from it costs 2
 * @returns the chosen rectangle, inside the bounds
 */
export function leastCovering(
  candidates: Rect[],
  obstacles: Rect[],
  bounds: Rect,
  names: Rect[] = [],
  near?: Rect,
): Rect {
  return leastCoveringAt(candidates, obstacles, bounds, names, near).box;
}

/**
 * Places a tag beside an anchor rectangle.
 * @param anchor - what the tag belongs to (a badge's box, an entity)
 * @param text - the tag's text
 * @param fontSize - text size
 * @param layout - the layout (its viewBox and the boxes to keep clear)
 * @param options - sides to try in order, gap, extra rectangles to keep clear, the anchor's own
 *   box to ignore among the obstacles
 * @returns the pill and its text position
 */
export function placeTag(
  anchor: Rect,
  text: string,
  fontSize: number,
  layout: Layout,
  options: { sides?: TagSide[]; gap?: number; avoid?: Rect[]; ignore?: Rect } = {},
): TagBox {
  const size = tagSize(text, fontSize);
  const sides = options.sides ?? ['right', 'left', 'below', 'above'];
  const gap = options.gap ?? 4;
  const obstacles = [...badgeObstacles(layout), ...(options.avoid ?? [])].filter(
    (box) => box !== options.ignore,
  );
  const box = leastCovering(
    sides.map((side) => besideRect(anchor, size, side, gap)),
    obstacles,
    layout.viewBox,
    nameBoxes(layout).filter((box) => box !== options.ignore),
  );
  return {
    ...box,
    textX: box.x + box.width / 2,
    baseline: box.y + box.height / 2 + fontSize * 0.36,
    fontSize,
  };
}
