/**
 * Geometry of a rewrite callout: a heading, then per changed field two lines, the old value
 * struck through beside a kind pill, the new value under it after an arrow.
 */
import { type Layout, type Rect, textWidth } from '../../layout';
import { noteHeading, type RewriteNote } from '../state/rewriteNotes';

/** One field row of a callout. */
export interface CalloutRow {
  pill: Rect;
  pillText: { x: number; y: number };
  fieldX: number;
  valueX: number;
  /** Baselines of the old and the new value. */
  oldY: number;
  newY: number;
  strike: { x1: number; y1: number; x2: number; y2: number };
}

/** A callout laid out at the origin (move it with `translate`). */
export interface CalloutShape {
  width: number;
  height: number;
  heading: { text: string; x: number; y: number; fontSize: number };
  rows: CalloutRow[];
  monoSize: number;
  pillSize: number;
}

/**
 * Lays out a callout's contents, top-left at (0, 0), with the layout's fonts.
 * @param note - the rewrites one entity made
 * @param fonts - `layout.fonts`
 * @returns size, heading and rows
 */
export function calloutShape(note: RewriteNote, fonts: Layout['fonts']): CalloutShape {
  const mono = fonts.mono.size;
  const step = Math.round(mono * 1.25);
  const pillSize = fonts.badge.size - 1;
  const pad = Math.round(mono * 0.6);
  const text = noteHeading(note);
  const headingSize = fonts.body.size;
  const pillWidth =
    Math.max(...['DNAT', 'SNAT', 'proxy'].map((k) => textWidth(k, pillSize, 'sans', 700))) +
    pillSize;
  const fieldX = pad + pillWidth + Math.round(mono * 0.5);
  const valueX = fieldX + textWidth('src ', mono, 'mono');
  const widest = Math.max(...note.rows.flatMap((r) => [r.before, r.after]).map((v) => v.length));
  const width = Math.ceil(
    Math.max(valueX + widest * 0.6 * mono, pad + textWidth(text, headingSize, 'sans', 600)) + pad,
  );
  const rowsTop = pad + headingSize + Math.round(mono * 0.3);
  const rows = note.rows.map((row, i): CalloutRow => {
    const oldY = rowsTop + mono * 0.85 + i * (2 * step + 2);
    const newY = oldY + step;
    const pillHeight = Math.round(pillSize * 1.4);
    const pillY = oldY - mono * 0.35 - pillHeight / 2;
    const strikeY = oldY - mono * 0.32;
    const strikeEnd = valueX + row.before.length * 0.6 * mono + 2;
    return {
      pill: { x: pad, y: pillY, width: pillWidth, height: pillHeight },
      pillText: { x: pad + pillWidth / 2, y: pillY + pillHeight / 2 + pillSize * 0.36 },
      fieldX,
      valueX,
      oldY,
      newY,
      strike: { x1: valueX - 2, y1: strikeY, x2: strikeEnd, y2: strikeY },
    };
  });
  const last = rows[rows.length - 1];
  const height = Math.ceil((last ? last.newY + mono * 0.3 : rowsTop) + pad);
  const heading = { text, x: pad, y: pad + headingSize * 0.8, fontSize: headingSize };
  return { width, height, heading, rows, monoSize: mono, pillSize };
}
