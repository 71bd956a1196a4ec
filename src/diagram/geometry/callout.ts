/**
 * Geometry of a rewrite callout, in one of three forms: `wide` (a heading, then per changed
 * field the old value struck through beside a kind pill and the new value under it), `stacked`
 * (narrow: pill and field, old value, new value on three lines, to fit inside a node) and
 * `inline` (minimal detail: no heading, one line per field).
 */
import { ellipsize, type FontRole, type FontSpec, type Rect, textWidth } from '../../layout';
import { noteHeading, type RewriteNote } from '../state/rewriteNotes';

/** How a callout is laid out. */
export type CalloutForm = 'wide' | 'stacked' | 'inline';

/** A text position (baseline). */
export interface At {
  x: number;
  y: number;
}

/** One field row of a callout. */
export interface CalloutRow {
  pill: Rect;
  pillText: At;
  field: At;
  old: At;
  arrow: At;
  new: At;
  strike: { x1: number; y1: number; x2: number; y2: number };
}

/** A callout laid out at the origin (move it with `translate`). */
export interface CalloutShape {
  form: CalloutForm;
  width: number;
  height: number;
  /** `null` in the inline form (the heading is the tooltip); `text` may be shortened. */
  heading: { text: string; full: string; x: number; y: number; fontSize: number } | null;
  rows: CalloutRow[];
  monoSize: number;
  pillSize: number;
}

const KINDS = ['DNAT', 'SNAT', 'proxy'];

/**
 * Lays out a callout's contents, top-left at (0, 0).
 * @param note - the rewrites one entity made
 * @param fonts - `layout.fonts` (wide, stacked) or `layout.nodeFonts` (inline)
 * @param form - the form @default 'wide'
 * @param maxWidth - the heading is shortened to keep the callout this narrow
 * @returns size, heading and rows
 */
export function calloutShape(
  note: RewriteNote,
  fonts: Record<FontRole, FontSpec>,
  form: CalloutForm = 'wide',
  maxWidth = Number.POSITIVE_INFINITY,
): CalloutShape {
  const mono = fonts.mono.size;
  const cell = 0.6 * mono;
  const tight = form !== 'wide';
  const step = Math.round(mono * (tight ? 1.2 : 1.25));
  const pillSize = fonts.badge.size;
  const pad = Math.round(mono * (tight ? 0.5 : 0.6));
  const full = noteHeading(note);
  const headingSize = fonts.body.size;
  const text = ellipsize(full, maxWidth - 2 * pad, headingSize, 'sans', 600) || full;
  const pillWidth = Math.max(...KINDS.map((k) => textWidth(k, pillSize, 'sans', 700))) + pillSize;
  const pillHeight = Math.round(pillSize * 1.35);
  const fieldX = pad + pillWidth + Math.round(mono * 0.4);
  const valueX = fieldX + 4 * cell;
  const widest = Math.max(...note.rows.flatMap((r) => [r.before, r.after]).map((v) => v.length));
  const arrowW = textWidth('→ ', mono, 'mono');
  const rowsTop = form === 'inline' ? pad : pad + headingSize + Math.round(mono * 0.3);
  const lines = form === 'stacked' ? 3 : form === 'wide' ? 2 : 1;
  const rowHeight = lines * step + (form === 'inline' ? 0 : 2);
  const rows = note.rows.map((row, i): CalloutRow => {
    const first = rowsTop + mono * 0.85 + i * rowHeight;
    const pillY = first - mono * 0.35 - pillHeight / 2;
    const pill = { x: pad, y: pillY, width: pillWidth, height: pillHeight };
    const pillText = { x: pad + pillWidth / 2, y: pillY + pillHeight / 2 + pillSize * 0.36 };
    const field = { x: fieldX, y: first };
    let old: At;
    let arrow: At;
    let next: At;
    if (form === 'wide') {
      old = { x: valueX, y: first };
      arrow = { x: fieldX, y: first + step };
      next = { x: valueX, y: first + step };
    } else if (form === 'stacked') {
      old = { x: pad + arrowW, y: first + step };
      arrow = { x: pad, y: first + 2 * step };
      next = { x: pad + arrowW, y: first + 2 * step };
    } else {
      old = { x: valueX, y: first };
      arrow = { x: valueX + (row.before.length + 1) * cell, y: first };
      next = { x: arrow.x + arrowW, y: first };
    }
    const strikeY = old.y - mono * 0.32;
    const strikeEnd = old.x + row.before.length * cell + 2;
    const strike = { x1: old.x - 2, y1: strikeY, x2: strikeEnd, y2: strikeY };
    return { pill, pillText, field, old, arrow, new: next, strike };
  });
  const right = Math.max(
    ...rows.map((r, i) => {
      const row = note.rows[i];
      return r.new.x + (row ? row.after.length : widest) * cell;
    }),
    ...rows.map((r, i) => r.old.x + (note.rows[i]?.before.length ?? 0) * cell),
    form === 'inline' ? 0 : pad + textWidth(text, headingSize, 'sans', 600),
  );
  const width = Math.ceil(right + pad);
  const last = rows[rows.length - 1];
  const height = Math.ceil((last ? last.new.y + mono * 0.3 : rowsTop) + pad);
  const y = pad + headingSize * 0.8;
  const heading = form === 'inline' ? null : { text, full, x: pad, y, fontSize: headingSize };
  return { form, width, height, heading, rows, monoSize: mono, pillSize };
}
