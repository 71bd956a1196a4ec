/**
 * The hop counter's reading at a step (DOMAIN.md §0): hops are counted from the load
 * balancer on; client -> LB comes before it and reply legs are never counted.
 */
import type { Trace } from '../sim';
import { hopsUpTo, lastRequestStep, legAt } from './legs';

/** What the hop counter shows. */
export type HopStatus =
  /** Step 0: nothing sent yet. */
  | { kind: 'start' }
  /** The client -> LB leg (or any request leg that is not counted). */
  | { kind: 'before-lb' }
  /** A counted request leg before the last one. */
  | { kind: 'hop'; hop: number; total: number }
  /** The last request leg: the answer. `hop` is set when that leg itself is counted. */
  | { kind: 'answer'; hops: number; hop?: number }
  /** A reply leg: `leg` of `legs` legs of the way back. */
  | { kind: 'reply'; leg: number; legs: number; hops: number };

/**
 * Reads the hop counter.
 * @param trace - the walk
 * @param step - the player step, 0..steps.length
 * @returns the status to show
 */
export function hopStatus(trace: Trace, step: number): HopStatus {
  const leg = legAt(trace, step);
  if (leg === undefined) return { kind: 'start' };
  const last = lastRequestStep(trace);
  if (leg.direction === 'reply') {
    const legs = trace.steps.length - last;
    return { kind: 'reply', leg: leg.index - last, legs, hops: trace.hops };
  }
  if (leg.index === last) {
    return leg.counted && leg.hop !== undefined
      ? { kind: 'answer', hops: trace.hops, hop: leg.hop }
      : { kind: 'answer', hops: trace.hops };
  }
  if (!leg.counted) return { kind: 'before-lb' };
  // `hop` is an addition to the trace: without it, the leg's number among the counted ones.
  return { kind: 'hop', hop: leg.hop ?? hopsUpTo(trace, leg.index), total: trace.hops };
}

/**
 * "1 hop", "3 hops".
 * @param n - a number of hops
 * @returns the count with its noun
 */
export function formatHops(n: number): string {
  return n === 1 ? '1 hop' : `${n} hops`;
}
