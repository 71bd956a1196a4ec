/**
 * Timing helpers for `npm run bench`: warm up, then sample until both a minimum count and
 * a minimum time are reached, and report the median (robust against a busy second core).
 */
import { performance } from 'node:perf_hooks';

/** Summary of repeated timings, in milliseconds. */
export interface Sample {
  median: number;
  p10: number;
  p90: number;
  runs: number;
}

/** Options of {@link measure}. */
export interface MeasureOptions {
  /** Untimed runs first. @default 3 */
  warmup?: number;
  /** At least this many timed runs. @default 15 */
  minRuns?: number;
  /** Keep sampling until this much time has been spent. @default 1500 */
  minTimeMs?: number;
  /** Never more than this many runs. @default 5000 */
  maxRuns?: number;
}

/**
 * Times a synchronous function.
 * @param fn - the work; its result is kept alive so it cannot be optimised away
 * @param options - warm-up and sampling limits
 * @returns median and spread
 */
export function measure(fn: () => unknown, options: MeasureOptions = {}): Sample {
  const { warmup = 3, minRuns = 15, minTimeMs = 1500, maxRuns = 5000 } = options;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  const start = performance.now();
  while (
    times.length < maxRuns &&
    (times.length < minRuns || performance.now() - start < minTimeMs)
  ) {
    const t0 = performance.now();
    sink = fn();
    times.push(performance.now() - t0);
  }
  keep(sink);
  return summarize(times);
}

/**
 * A percentile of a list of values (nearest rank, no interpolation).
 * @param values - any order
 * @param q - 0..1 (0.95 for p95)
 * @returns the value, or 0 for an empty list
 */
export function percentile(values: readonly number[], q: number): number {
  return nearestRank(
    [...values].sort((a, b) => a - b),
    q,
  );
}

function nearestRank(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * Summarises a list of timings.
 * @param times - milliseconds, any order
 */
export function summarize(times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => nearestRank(sorted, q);
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), runs: sorted.length };
}

let kept: unknown;
function keep(value: unknown): void {
  kept = value;
  if (kept === Symbol.for('never')) console.log(kept);
}

/** Formats milliseconds with sensible precision. */
export function ms(value: number): string {
  if (value < 0.1) return `${(value * 1000).toFixed(1)} µs`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  return `${value.toFixed(0)} ms`;
}
