/**
 * What the Modes/… stories share: the player's discrete state for a walked scenario at the
 * story's step, and a fixed wall time for the presenter's clock (a manual clock: nothing ticks).
 */
import type { PlayerView, Speed } from '../../src/player';
import type { Trace } from '../../src/sim';

/** 2025-03-14 09:26:00 UTC: the presenter's clock in every story (a fixed time; nothing ticks). */
export const STORY_WALL_TIME = Date.UTC(2025, 2, 14, 9, 26, 0);

/**
 * The player's discrete state showing `step` of `trace`, at rest.
 * @param trace - the walk
 * @param step - the step shown (already clamped)
 * @param playing - autoplay on
 * @param speed - playback speed @default 1
 * @returns the player view the mode components take
 */
export function playerAt(
  trace: Trace,
  step: number,
  playing: boolean,
  speed: Speed = 1,
): PlayerView {
  return { stepCount: trace.steps.length, step, playing, speed, reducedMotion: false };
}
