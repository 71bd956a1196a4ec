/** File names of exports: what was exported, and in which picture, readable in a folder. */
import type { Trace } from '../sim';
import type { ExportFormat } from './types';

/** Options of {@link exportFileName}. */
export interface FileNameOptions {
  /** The step of a still image (svg, png). */
  step?: number;
  /** Pixel density of a PNG (2 adds `@2x`). */
  scale?: number;
}

/**
 * The name to save an export under.
 * @param trace - the walk exported (its scenario, model and whether it has reply legs)
 * @param format - the file format
 * @param options - step and scale of still images
 * @returns e.g. `rabbit-hole-step3@2x.png`, `rabbit-hole-naive-reply.gif`
 */
export function exportFileName(
  trace: Trace,
  format: ExportFormat,
  options: FileNameOptions = {},
): string {
  const parts = [trace.scenario.replace(/[^a-z0-9-]/gi, '-') || 'packetwalk'];
  if (trace.model === 'naive') parts.push('naive');
  if (trace.steps.some((s) => s.direction === 'reply')) parts.push('reply');
  if ((format === 'svg' || format === 'png') && options.step !== undefined) {
    parts.push(`step${options.step}`);
  }
  const scale =
    format === 'png' && options.scale && options.scale !== 1 ? `@${options.scale}x` : '';
  return `${parts.join('-')}${scale}.${format}`;
}
