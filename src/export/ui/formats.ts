/** The Export menu's entries, in menu order. */
import type { ExportFormat } from '../types';

/** One entry of the menu. */
export interface FormatEntry {
  format: ExportFormat;
  /** The item's name (its accessible name starts with it). */
  label: string;
  /** What it contains. */
  hint: string;
}

/** Every format the menu offers. */
export const FORMAT_ENTRIES: readonly FormatEntry[] = [
  { format: 'svg', label: 'SVG', hint: 'this step, vector' },
  { format: 'png', label: 'PNG', hint: 'this step, 2× (3200×1800)' },
  { format: 'pdf', label: 'PDF', hint: 'every step, a page each' },
  { format: 'gif', label: 'GIF', hint: 'the whole walk, 1280×720' },
  { format: 'webm', label: 'WebM video', hint: 'the whole walk, 1280×720' },
];
