/**
 * Chooses how a node's pods are drawn (cards, chips or dots) and where: a column-major grid
 * that fills the pod area, with room above each card for the packet to rest.
 */
import type { PodDetail, Rect } from './boxTypes';
import type { DetailPreset } from './presets';

/** Size rules of one pod style. */
export interface PodStyle {
  detail: PodDetail;
  height: number;
  /** Space kept above each row (the packet rests there for cards). */
  gap: number;
  minWidth: number;
  /** Gap between columns. */
  columnGap: number;
}

/** A pod slot in the grid. */
export interface PodSlot extends Rect {
  column: number;
  row: number;
}

/** The chosen style and one slot per pod, in input order. */
export interface PodGrid {
  style: PodStyle;
  slots: PodSlot[];
}

/**
 * Pod styles a preset tries, most detailed first: cards, then (full and compact) chips with
 * room above for the resting packet, then tight chips.
 * @param preset - the node's preset
 * @param packetHeight - height of the packet card at this layout's scale
 */
export function podStyles(preset: DetailPreset, packetHeight: number): PodStyle[] {
  const { fonts, pad } = preset;
  const padV = Math.round(pad * 0.4);
  // A card holds a pod IP (up to 15 monospace cells) and its padding.
  const card: PodStyle = {
    detail: 'card',
    height: fonts.body.lineHeight + fonts.mono.lineHeight + 2 * padV,
    gap: packetHeight + Math.round(6 * preset.scale),
    minWidth: Math.round(fonts.mono.size * 0.6 * 15 + 2 * pad),
    columnGap: pad,
  };
  const chip: PodStyle = {
    detail: 'chip',
    height: fonts.body.lineHeight + 2 * Math.round(pad * 0.3),
    gap: Math.max(3, Math.round(pad * 0.5)),
    minWidth: Math.round(fonts.body.size * 4),
    columnGap: Math.round(pad * 0.6),
  };
  if (preset.detail === 'minimal') return [chip];
  // Chips with the packet's gap above them (as cards have) before the tight ones, on which
  // the resting packet overlaps what is above the row.
  return [card, { ...chip, gap: card.gap }, chip];
}

function gridFor(style: PodStyle, area: Rect, count: number): PodSlot[] | null {
  const slot = style.gap + style.height;
  const perColumn = Math.floor(area.height / slot);
  if (perColumn < 1) return null;
  const rows = Math.ceil(count / Math.ceil(count / perColumn));
  // Only as many columns as the balanced rows need.
  const columns = Math.ceil(count / rows);
  const width = (area.width - (columns - 1) * style.columnGap) / columns;
  if (width < style.minWidth) return null;
  return Array.from({ length: count }, (_, i) => {
    const column = Math.floor(i / rows);
    const row = i % rows;
    const x = area.x + column * (width + style.columnGap);
    return { x, y: area.y + style.gap + row * slot, width, height: style.height, column, row };
  });
}

// Last resort: square dots in a grid that always fits, however small the area.
function dotGrid(area: Rect, count: number): PodGrid {
  const w = Math.max(area.width, 1);
  const h = Math.max(area.height, 1);
  const columns = Math.max(1, Math.min(count, Math.ceil(Math.sqrt((count * w) / h))));
  const rows = Math.ceil(count / columns);
  const cell = Math.min(w / columns, h / rows);
  const size = Math.min(14, cell * 0.7);
  const style: PodStyle = {
    detail: 'dot',
    height: size,
    gap: cell - size,
    minWidth: 0,
    columnGap: cell - size,
  };
  const slots = Array.from({ length: count }, (_, i) => {
    const column = Math.floor(i / rows);
    const row = i % rows;
    const x = area.x + column * cell + (cell - size) / 2;
    return {
      x,
      y: area.y + row * cell + (cell - size) / 2,
      width: size,
      height: size,
      column,
      row,
    };
  });
  return { style, slots };
}

/**
 * Lays out `count` pods in `area`, trying cards, then chips, then dots.
 * @param styles - from {@link podStyles}
 * @param area - the node's pod area
 * @param count - number of pods
 */
export function podGrid(styles: PodStyle[], area: Rect, count: number): PodGrid {
  for (const style of styles) {
    const slots = gridFor(style, area, count);
    if (slots) return { style, slots };
  }
  return dotGrid(area, count);
}
