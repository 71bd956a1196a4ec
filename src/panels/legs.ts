/**
 * Which leg of a trace a player step shows, and where the request part of the walk ends.
 * Step 0 is the packet waiting at the client; step N shows leg N (`trace.steps[N - 1]`).
 */
import type { Step, Trace } from '../sim';

/**
 * The leg shown at a player step.
 * @param trace - the walk
 * @param step - the player step, 0..steps.length
 * @returns leg `step`, or undefined at step 0 (and out of range)
 */
export function legAt(trace: Trace, step: number): Step | undefined {
  return step >= 1 ? trace.steps[step - 1] : undefined;
}

/**
 * The player step of the last request leg: where the walk's outcome happens.
 * @param trace - the walk
 * @returns 1..steps.length, or 0 for a trace without request legs
 */
export function lastRequestStep(trace: Trace): number {
  let last = 0;
  for (const leg of trace.steps) if (leg.direction === 'request') last = leg.index;
  return last;
}

/**
 * Tells whether a step is the last request leg, where the walk's outcome happens.
 * @param trace - the walk
 * @param step - the player step
 * @returns true on that leg only (never at step 0)
 */
export function isOutcomeStep(trace: Trace, step: number): boolean {
  return step > 0 && step === lastRequestStep(trace);
}

/**
 * The hops counted up to a step: the counted legs among legs 1..step.
 * @param trace - the walk
 * @param step - the player step
 * @returns 0 before the first counted leg, `trace.hops` once all are behind
 */
export function hopsUpTo(trace: Trace, step: number): number {
  return trace.steps.filter((s) => s.index <= step && s.counted).length;
}

/**
 * Tells whether the walk's outcome is known at a step: the last request leg or later.
 * @param trace - the walk
 * @param step - the player step
 * @returns true from the last request leg on
 */
export function isOutcomeReached(trace: Trace, step: number): boolean {
  const last = lastRequestStep(trace);
  return last > 0 && step >= last;
}
