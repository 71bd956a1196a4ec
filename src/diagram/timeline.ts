/**
 * The timeline of one leg, as pure functions of the player's `progress` (0..1): on the first
 * reply leg a turnaround (src and dst swap rows), a rewrite phase at the `from` entity (the
 * packet waits while its fields change), then the travel. The diagram samples these every
 * frame through motion values; tests sample them by hand.
 */
import type { Step, Trace } from '../sim';

/** Share of a leg's progress spent on the rewrite moment, when the leg has rewrites. */
export const REWRITE_SHARE = 0.4;

/** Share of the first reply leg spent turning the packet around (src and dst swap). */
export const TURN_SHARE = 0.3;

/** How one leg's progress is split. */
export interface LegTimeline {
  /** Progress at which the turnaround ends (0: the leg does not turn the packet around). */
  turnEnd: number;
  /** Progress at which the rewrite phase ends and the packet leaves (`turnEnd`: no rewrites). */
  rewriteEnd: number;
}

/**
 * Clamps into [0, 1]; NaN counts as 0.
 * @param value - any number
 */
export function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/**
 * Cubic ease-in-out: slow start, fast middle, slow landing.
 * @param t - 0..1 (clamped)
 * @returns eased 0..1
 */
export function easeInOutCubic(t: number): number {
  const x = clamp01(t);
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/**
 * The timeline of a leg: the first reply leg starts with a turnaround, legs with rewrites
 * with a rewrite phase.
 * @param step - the trace step of the leg, or `undefined` (step 0: nothing travels)
 * @param previous - the step before it, if any (a request leg before a reply: turnaround)
 * @returns where the turnaround and the rewrite phase end
 */
export function legTimeline(step: Step | undefined, previous?: Step): LegTimeline {
  const turns = step?.direction === 'reply' && previous?.direction === 'request';
  const turnEnd = turns ? TURN_SHARE : 0;
  const rewrites = step && step.rewrites.length > 0 ? REWRITE_SHARE * (1 - turnEnd) : 0;
  return { turnEnd, rewriteEnd: turnEnd + rewrites };
}

/**
 * The timeline of leg `step` of a trace.
 * @param trace - the walk
 * @param step - 1..steps.length (0: no leg)
 */
export function legTimelineAt(trace: Pick<Trace, 'steps'>, step: number): LegTimeline {
  return step > 0
    ? legTimeline(trace.steps[step - 1], trace.steps[step - 2])
    : legTimeline(undefined);
}

/**
 * How far along its route the packet is.
 * @param p - the leg's progress, 0..1
 * @param timeline - from {@link legTimeline}
 * @returns 0 during the rewrite phase, then 0..1 eased (easeInOut cubic) over the travel
 */
export function travelT(p: number, timeline: LegTimeline): number {
  const start = timeline.rewriteEnd;
  const x = clamp01(p);
  if (x <= start) return 0;
  return easeInOutCubic((x - start) / (1 - start));
}

/**
 * How far the rewrite moment is.
 * @param p - the leg's progress, 0..1
 * @param timeline - from {@link legTimeline}
 * @returns 0 during a turnaround, 0..1 over the rewrite phase; 1 when the leg has none
 */
export function rewritePhase(p: number, timeline: LegTimeline): number {
  const { turnEnd, rewriteEnd } = timeline;
  if (rewriteEnd <= turnEnd) return 1;
  return clamp01((clamp01(p) - turnEnd) / (rewriteEnd - turnEnd));
}
