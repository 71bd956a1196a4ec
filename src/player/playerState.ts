import {
  HOLD_MS,
  type InitialStateOptions,
  LEG_DURATION_MS,
  type PlayerState,
  SPEEDS,
  type Speed,
} from './types';

/**
 * Tells whether a value is one of the offered speeds.
 * @param value - Anything, e.g. a number parsed from a URL.
 * @returns True when `value` is in {@link SPEEDS}.
 */
export function isSpeed(value: unknown): value is Speed {
  return (SPEEDS as readonly unknown[]).includes(value);
}

/**
 * Turns a leg count into a valid one.
 * @param value - The count; fractions are floored.
 * @returns An integer >= 0, or undefined when `value` is not a finite number.
 */
export function toStepCount(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.max(0, Math.floor(value));
}

/**
 * Clamps a step number into 0..stepCount, rounding fractions.
 * @param step - The wanted step.
 * @param stepCount - The number of legs.
 * @returns The nearest valid step, or undefined when `step` is not a finite number.
 */
export function clampStep(step: unknown, stepCount: number): number | undefined {
  if (typeof step !== 'number' || !Number.isFinite(step)) return undefined;
  return Math.min(stepCount, Math.max(0, Math.round(step)));
}

/**
 * How long autoplay rests at a step at the state's speed.
 * @param state - The player state.
 * @returns The rest in wall-clock milliseconds.
 */
export function holdLimitMs(state: PlayerState): number {
  return HOLD_MS / state.speed;
}

/**
 * How long a whole leg's flight takes at the state's speed.
 * @param state - The player state.
 * @returns The flight time in wall-clock milliseconds.
 */
export function legDurationMs(state: PlayerState): number {
  return LEG_DURATION_MS / state.speed;
}

/**
 * Restores the invariants every state keeps: step 0 and reduced motion are at rest, and
 * autoplay is off once the last step is reached (or when there is nothing to play).
 * @param state - A state a transition just built.
 * @returns The same state when it already holds them, else a corrected copy.
 */
export function normalize(state: PlayerState): PlayerState {
  const atRest = state.step === 0 || state.reducedMotion || state.progress >= 1;
  const progress = atRest ? 1 : Math.max(0, state.progress);
  const ended = state.step >= state.stepCount && progress === 1;
  const playing = state.playing && !ended;
  const holdMs = playing && progress === 1 ? state.holdMs : 0;
  if (progress === state.progress && playing === state.playing && holdMs === state.holdMs) {
    return state;
  }
  return { ...state, progress, playing, holdMs };
}

/**
 * Builds the state of a freshly loaded trace: at rest, paused.
 * @param stepCount - Number of legs in the trace (invalid values give 0).
 * @param options - Starting step, speed and reduced motion.
 * @returns A valid player state.
 */
export function createInitialState(
  stepCount: number,
  options: InitialStateOptions = {},
): PlayerState {
  const count = toStepCount(stepCount) ?? 0;
  return {
    stepCount: count,
    step: clampStep(options.step, count) ?? 0,
    progress: 1,
    playing: false,
    speed: isSpeed(options.speed) ? options.speed : 1,
    holdMs: 0,
    reducedMotion: options.reducedMotion === true,
  };
}

/**
 * Tells whether time matters right now: a leg is in flight or autoplay is on. The store
 * listens to the clock exactly while this holds.
 * @param state - The player state.
 * @returns True while frames are needed.
 */
export function isAnimating(state: PlayerState): boolean {
  return state.progress < 1 || state.playing;
}

/**
 * Compares two states field by field.
 * @param a - One state.
 * @param b - Another state.
 * @returns True when every field is equal.
 */
export function sameState(a: PlayerState, b: PlayerState): boolean {
  return (
    a.stepCount === b.stepCount &&
    a.step === b.step &&
    a.progress === b.progress &&
    a.playing === b.playing &&
    a.speed === b.speed &&
    a.holdMs === b.holdMs &&
    a.reducedMotion === b.reducedMotion
  );
}
