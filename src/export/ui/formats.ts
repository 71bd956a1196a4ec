/** The Export menu's entries, in menu order. */
import type { ExportFormat } from '../types';

/** One entry of the menu. */
export interface FormatEntry {
  format: ExportFormat;
  /** The item's name (its accessible name starts with it). */
  label: string;
  /** What it contains. */
  hint: string;
  /** Takes long enough to show progress and a Cancel button. */
  long: boolean;
}

/** Every format the menu offers. */
export const FORMAT_ENTRIES: readonly FormatEntry[] = [
  { format: 'svg', label: 'SVG', hint: 'this step, vector', long: false },
  { format: 'png', label: 'PNG', hint: 'this step, 2× (3200×1800)', long: false },
  { format: 'pdf', label: 'PDF', hint: 'every step, a page each', long: true },
  { format: 'gif', label: 'GIF', hint: 'the whole walk, 1280×720', long: true },
  { format: 'webm', label: 'WebM video', hint: 'the whole walk, 1280×720', long: true },
];
