/**
 * Sub-phases of a leg, as pure functions: the reply's turnaround (src and dst swap rows), the
 * rewrite moment's strike, cross-fade and pulse,
 * the hop badge appearing as the packet leaves, the end marker appearing as it lands.
 * Each returns 0..1 and is fed to an opacity or a scale (never a layout property).
 */
import { clamp01, easeInOutCubic, type LegTimeline, travelT } from './timeline';

/**
 * How much of the strike line is drawn through an old value.
 * @param phase - the rewrite phase, 0..1 (see `rewritePhase`)
 * @returns 0..1, fully drawn by 35% of the phase
 */
export function strikeAt(phase: number): number {
  return clamp01(phase / 0.35);
}

/**
 * Opacity of the struck old value: it stays a moment to be read, then leaves.
 * @param phase - the rewrite phase, 0..1
 * @returns 1 until half the phase, 0 from 70% on
 */
export function oldValueOpacity(phase: number): number {
  return 1 - clamp01((phase - 0.5) / 0.2);
}

/**
 * Opacity of the new value: it arrives once the old one has left (no overlap to read through).
 * @param phase - the rewrite phase, 0..1
 * @returns 0 until 70% of the phase, 1 from 95% on
 */
export function newValueOpacity(phase: number): number {
  return clamp01((phase - 0.7) / 0.25);
}

/**
 * Vertical shift of the old and new values, in row heights: the old one leaves upwards,
 * the new one rises into place from below.
 * @param phase - the rewrite phase, 0..1
 * @returns `{ old: 0..-0.3, new: 0.3..0 }`
 */
export function valueShift(phase: number): { old: number; new: number } {
  return {
    old: -0.3 * clamp01((phase - 0.5) / 0.2),
    new: 0.3 * (1 - newValueOpacity(phase)),
  };
}

/**
 * The acting entity's pulse: two soft beats during the rewrite phase, still otherwise.
 * @param phase - the rewrite phase, 0..1
 * @returns 0..1 (0 at both ends of the phase)
 */
export function pulseAt(phase: number): number {
  const x = clamp01(phase);
  if (x <= 0 || x >= 1) return 0;
  return Math.sin(2 * Math.PI * x) ** 2;
}

/**
 * Opacity of what appears once the packet leaves (the leg's hop badge and trail tag).
 * @param p - the leg's progress, 0..1
 * @param timeline - the leg's timeline
 * @returns 0 before departure, 1 shortly after
 */
export function departedAt(p: number, timeline: LegTimeline): number {
  return clamp01((clamp01(p) - timeline.rewriteEnd) / 0.08);
}

/**
 * Opacity of what appears once the packet lands (the end-of-walk marker).
 * @param p - the leg's progress, 0..1
 * @param timeline - the leg's timeline
 * @returns 0 until the last tenth of the travel, 1 at rest
 */
export function arrivedAt(p: number, timeline: LegTimeline): number {
  return clamp01((travelT(p, timeline) - 0.9) / 0.1);
}

/**
 * How far the turnaround is: the packet's src and dst change rows at the start of the first
 * reply leg (the reply goes back with the addresses swapped).
 * @param p - the leg's progress, 0..1
 * @param timeline - the leg's timeline
 * @returns 0..1 eased over the turnaround; 1 when the leg has none
 */
export function turnaroundAt(p: number, timeline: LegTimeline): number {
  if (timeline.turnEnd <= 0) return 1;
  return easeInOutCubic(clamp01(p) / timeline.turnEnd);
}

/**
 * Where a value is while it swaps rows, as on a drum turning over: it starts in the other row,
 * shrinks to nothing at the midline (the two values never overlap legibly) and grows back in
 * its own row.
 * @param turn - from {@link turnaroundAt}, 0..1
 * @returns `y` in row distances (1 → 0.5 → 0), `scaleY` (1 → 0 → 1), opacity (1 → 0.4 → 1)
 */
export function swapShift(turn: number): { y: number; scaleY: number; opacity: number } {
  // Rounded to 1e-6: cos(pi / 2) is 6e-17, not 0.
  const c = Math.round(Math.cos(Math.PI * clamp01(turn)) * 1e6) / 1e6;
  return { y: (1 + c) / 2, scaleY: Math.abs(c), opacity: 0.4 + 0.6 * Math.abs(c) };
}
