/**
 * The options of `packetwalk render`, checked: every bad value is a usage error (exit 2) with a
 * message that says what is allowed.
 */
import type { TraceModel } from '../sim';
import type { ParsedArgs } from './args';

/** The still formats the command line writes. */
export type RenderFormat = 'svg' | 'png' | 'pdf';

/** A checked render request (the step is checked against the trace later). */
export interface RenderRequest {
  file: string;
  format: RenderFormat;
  /** A path, or `-` for standard output. */
  out: string;
  /** A step number (NaN: `--step` is not one), `all` (PDF: every step), or undefined (default). */
  step: number | 'all' | undefined;
  model: TraceModel;
  reply: boolean;
  theme: 'light' | 'dark' | 'contrast';
  width: number;
  height: number;
}

/** Smallest and largest `--width`/`--height` accepted, in pixels. */
export const SIZE_LIMITS = { min: 200, max: 8192 } as const;

const FORMATS: readonly RenderFormat[] = ['svg', 'png', 'pdf'];
const THEMES = ['light', 'dark', 'contrast'] as const;

function formatOf(args: ParsedArgs): RenderFormat | string {
  const given = args.options.get('format');
  if (given !== undefined) return given;
  const ext = /\.(svg|png|pdf)$/i.exec(args.options.get('out') ?? '')?.[1]?.toLowerCase();
  return ext ?? 'svg';
}

function size(text: string | undefined, fallback: number, name: string): number | string {
  if (text === undefined) return fallback;
  const n = Number(text);
  const { min, max } = SIZE_LIMITS;
  if (!/^\d+$/.test(text) || n < min || n > max)
    return `--${name} must be a whole number of pixels, ${min}..${max}`;
  return n;
}

function stepOf(text: string | undefined): number | 'all' | undefined | null {
  if (text === undefined) return undefined;
  if (text === 'all') return 'all';
  return /^\d+$/.test(text) ? Number(text) : null;
}

/**
 * Checks the parsed arguments of `render`.
 * @param args - from `parseArgs`
 * @returns the request, or an error message (a usage error)
 */
export function renderRequest(args: ParsedArgs): RenderRequest | { error: string } {
  if (args.files.length !== 1) return { error: 'give exactly one FILE' };
  const format = formatOf(args);
  if (!FORMATS.includes(format as RenderFormat))
    return { error: '--format must be svg, png or pdf' };
  const model = args.flags.has('naive') ? 'naive' : (args.options.get('model') ?? 'real');
  if (model !== 'real' && model !== 'naive') return { error: '--model must be real or naive' };
  const theme = args.options.get('theme') ?? 'light';
  if (!(THEMES as readonly string[]).includes(theme))
    return { error: '--theme must be light, dark or contrast' };
  const width = size(args.options.get('width'), 1600, 'width');
  if (typeof width === 'string') return { error: width };
  const height = size(args.options.get('height'), 900, 'height');
  if (typeof height === 'string') return { error: height };
  const out = args.options.get('out') ?? (format === 'svg' ? '-' : '');
  if (out === '' || (out === '-' && format !== 'svg')) {
    return { error: `--out PATH is needed for ${format} (only svg goes to standard output)` };
  }
  const step = stepOf(args.options.get('step'));
  if (step === 'all' && format !== 'pdf') return { error: '--step all needs --format pdf' };
  return {
    file: args.files[0] as string,
    format: format as RenderFormat,
    out,
    step: step === null ? Number.NaN : step,
    model,
    reply: args.flags.has('reply'),
    theme: theme as RenderRequest['theme'],
    width,
    height,
  };
}

/**
 * The steps to draw, or null when `--step` is out of range.
 * @param request - the checked request
 * @param stepCount - legs in the trace
 * @returns step numbers in order (PDF pages, or the one still image)
 */
export function stepsToRender(request: RenderRequest, stepCount: number): number[] | null {
  const { step, format } = request;
  if (step === 'all' || (step === undefined && format === 'pdf')) {
    return Array.from({ length: stepCount + 1 }, (_, i) => i);
  }
  const chosen = step ?? stepCount;
  return Number.isInteger(chosen) && chosen >= 0 && chosen <= stepCount ? [chosen] : null;
}
