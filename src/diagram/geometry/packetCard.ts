/**
 * Geometry of the packet card, in its own coordinates (centred on 0,0, the rest point): the
 * envelope, a colour strip on its left edge, and two rows (`src`, `dst`) of monospace text.
 */
import { type PacketSize, textWidth } from '../../layout';

/** One text row of the card. */
export interface PacketRow {
  /** x of the `src` / `dst` label. */
  labelX: number;
  /** x where the value starts. */
  valueX: number;
  /** Text baseline. */
  baseline: number;
  /** Highlight band behind a changed value. */
  band: { x: number; y: number; width: number; height: number };
  /** Room for the value, from `valueX` to the card's inner right edge. */
  room: number;
}

/** The card's shapes. */
export interface PacketCardGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  /** The coloured bar inside the left edge (request or reply colour). */
  strip: { x: number; y: number; width: number; height: number };
  fontSize: number;
  rows: { src: PacketRow; dst: PacketRow };
}

/**
 * The packet card's geometry for a layout's packet size.
 * @param packet - `layout.packet`
 * @returns shapes relative to the card centre
 */
export function packetCard(packet: PacketSize): PacketCardGeometry {
  const { width, height, fontSize } = packet;
  const x = -width / 2;
  const y = -height / 2;
  const stripWidth = Math.max(3, Math.round(width / 55));
  const stripInset = Math.max(2, Math.round(stripWidth * 0.75));
  const pad = Math.round(fontSize * 0.55);
  const labelX = x + stripInset + stripWidth + pad;
  // `src ` / `dst `: four monospace cells.
  const valueX = labelX + textWidth('src ', fontSize, 'mono');
  const rowHeight = height / 2;
  const row = (index: number): PacketRow => {
    const top = y + index * rowHeight;
    const inset = Math.max(2, Math.round(rowHeight * 0.12));
    return {
      labelX,
      valueX,
      room: x + width - Math.round(pad / 2) - valueX,
      baseline: top + rowHeight / 2 + fontSize * 0.35,
      band: {
        x: valueX - 3,
        y: top + inset,
        width: x + width - pad / 2 - (valueX - 3),
        height: rowHeight - 2 * inset,
      },
    };
  };
  return {
    x,
    y,
    width,
    height,
    radius: Math.round(height / 7),
    strip: {
      x: x + stripInset,
      y: y + stripInset * 2,
      width: stripWidth,
      height: height - stripInset * 4,
    },
    fontSize,
    rows: { src: row(0), dst: row(1) },
  };
}

/**
 * The font size that fits a value into its row: the card's size, or smaller for an unusually
 * long `ip:port` (monospace: 0.6 em per character).
 * @param row - the row
 * @param text - the value
 * @param fontSize - the card's monospace size
 */
export function fitFontSize(row: PacketRow, text: string, fontSize: number): number {
  const width = textWidth(text, fontSize, 'mono');
  return width <= row.room ? fontSize : Math.floor((fontSize * row.room * 10) / width) / 10;
}

/**
 * The strike line through an old value.
 * @param row - the row
 * @param text - the old value
 * @param fontSize - monospace size
 * @returns the line's ends (through the middle of the lowercase letters)
 */
export function strikeLine(
  row: PacketRow,
  text: string,
  fontSize: number,
): { x1: number; y1: number; x2: number; y2: number } {
  const y = row.baseline - fontSize * 0.32;
  const x2 = row.valueX + textWidth(text, fontSize, 'mono') + 2;
  return { x1: row.valueX - 2, y1: y, x2, y2: y };
}
