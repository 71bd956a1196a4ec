/**
 * Where a small tag (a pill of text) goes beside something: the first candidate side that
 * stays on the canvas and covers the least of the cards, pods, headers and rule panels.
 */
import { badgeObstacles, type Layout, type Rect, textWidth } from '../../layout';
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
 * Of candidate rectangles, the one that, moved onto the canvas, covers the least of the
 * obstacles (being pushed back onto the canvas counts like covering something).
 * @param candidates - in order of preference (ties keep the earlier one)
 * @param obstacles - rectangles to keep clear
 * @param canvas - width and height
 * @returns the chosen rectangle, inside the canvas
 */
export function leastCovering(
  candidates: Rect[],
  obstacles: Rect[],
  canvas: { width: number; height: number },
): Rect {
  let best: Rect | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const raw of candidates) {
    const box = keepInside(raw, canvas);
    const moved = Math.abs(box.x - raw.x) * raw.height + Math.abs(box.y - raw.y) * raw.width;
    const cost = moved + obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0);
    if (cost < bestCost) [best, bestCost] = [box, cost];
    if (cost === 0) break;
  }
  return best ?? { x: 0, y: 0, width: 0, height: 0 };
}

/**
 * Places a tag beside an anchor rectangle.
 * @param anchor - what the tag belongs to (a badge's box, an entity)
 * @param text - the tag's text
 * @param fontSize - text size
 * @param layout - the layout (its canvas and the boxes to keep clear)
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
    layout,
  );
  return {
    ...box,
    textX: box.x + box.width / 2,
    baseline: box.y + box.height / 2 + fontSize * 0.36,
    fontSize,
  };
}
