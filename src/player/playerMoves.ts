import { clampStep, holdLimitMs, isAnimating, legDurationMs, normalize } from './playerState';
import type { PlayerState } from './types';

/**
 * Shows a step at rest: nothing in flight, the rest timer restarted.
 * @param state - The current state.
 * @param step - The step to show; clamped to 0..stepCount.
 * @returns The new state.
 */
export function restAt(state: PlayerState, step: number): PlayerState {
  const target = clampStep(step, state.stepCount) ?? state.step;
  return normalize({ ...state, step: target, progress: 1, holdMs: 0 });
}

/**
 * Lands a flight in progress at once; a state at rest is returned unchanged.
 * @param state - The current state.
 * @returns The state at rest at the same step.
 */
export function finishFlight(state: PlayerState): PlayerState {
  return state.progress < 1 ? restAt(state, state.step) : state;
}

/**
 * Starts the leg after the current step from its beginning (or, with reduced motion, shows
 * its end at once). Call it at rest; at the last step it changes nothing.
 * @param state - A state at rest.
 * @returns The new state.
 */
export function startNextLeg(state: PlayerState): PlayerState {
  if (state.step >= state.stepCount) return state;
  return normalize({ ...state, step: state.step + 1, progress: 0, holdMs: 0 });
}

// A tick crosses at most this many phase boundaries (a flight and a rest per leg); time
// beyond them is dropped. Clock frames (capped at 100 ms) cross one or two; the cap only
// bounds the work an absurd dt (1e300 ms on a huge trace) could ask for.
const MAX_PHASES_PER_TICK = 64;

// Summing many small frame fractions drifts (1800 frames of 1/1800 give 0.99999999999997),
// so a phase within this many milliseconds of its end counts as complete.
const EPSILON_MS = 1e-6;

/** Moves one phase (a flight or a rest) forward; returns the new state and the unused time. */
function advancePhase(state: PlayerState, ms: number): [PlayerState, number] {
  if (state.progress < 1) {
    const duration = legDurationMs(state);
    const needed = (1 - state.progress) * duration;
    if (ms < needed - EPSILON_MS) {
      const progress = Math.min(1, state.progress + ms / duration);
      return [normalize({ ...state, progress }), 0];
    }
    return [restAt(state, state.step), Math.max(0, ms - needed)];
  }
  const needed = holdLimitMs(state) - state.holdMs;
  if (ms < needed - EPSILON_MS) return [{ ...state, holdMs: state.holdMs + ms }, 0];
  return [startNextLeg(state), Math.max(0, ms - needed)];
}

/**
 * Lets time pass: flies the current leg on and, while playing, rests and then starts the
 * next leg. Time left over at a phase boundary carries into the next phase, so the total
 * duration does not depend on the frame rate (up to 64 phases per tick).
 * @param state - The current state.
 * @param dtMs - Elapsed wall time in ms; non-finite or non-positive values are ignored.
 * @returns The new state.
 */
export function advanceTime(state: PlayerState, dtMs: number): PlayerState {
  if (typeof dtMs !== 'number' || !Number.isFinite(dtMs) || dtMs <= 0) return state;
  let current = state;
  let remaining = dtMs;
  for (let i = 0; i < MAX_PHASES_PER_TICK && remaining > 0 && isAnimating(current); i++) {
    [current, remaining] = advancePhase(current, remaining);
  }
  return current;
}
