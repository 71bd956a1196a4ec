/**
 * The player's data: state, actions and the timing constants. Pure types and numbers, no
 * React and no DOM, so the reducer runs the same in Node and in the browser.
 */

/** The speeds the player offers, slowest first. */
export const SPEEDS = [0.5, 0.75, 1, 1.5, 2] as const;

/** One of {@link SPEEDS}. */
export type Speed = (typeof SPEEDS)[number];

/** How long one leg's flight takes at 1x, in milliseconds. */
export const LEG_DURATION_MS = 1800;

/** How long autoplay rests at a step before the next leg starts, at 1x, in milliseconds. */
export const HOLD_MS = 1400;

/** Where the player is in a trace and how it moves on. */
export interface PlayerState {
  /** Number of legs in the trace (`trace.steps.length`), an integer >= 0. */
  stepCount: number;
  /** 0..stepCount: legs 1..step are done or (the last one) in flight; 0 = packet at the client. */
  step: number;
  /** 0..1 through leg `step`'s flight; 1 = at rest. Always 1 at step 0. */
  progress: number;
  /** Autoplay is on: after a rest of {@link HOLD_MS} the next leg starts by itself. */
  playing: boolean;
  /** Playback speed; scales both flight and rest. @default 1 */
  speed: Speed;
  /** Time resting since arrival, in ms, counted only while playing (drives autoplay). */
  holdMs: number;
  /** Steps change in place: progress jumps straight to 1, nothing travels. @default false */
  reducedMotion: boolean;
}

/**
 * The discrete part of {@link PlayerState}: everything except the per-frame `progress`
 * and `holdMs`. React components read this, so they do not re-render 60 times a second.
 */
export type PlayerView = Omit<PlayerState, 'progress' | 'holdMs'>;

/**
 * Everything the player can be told. Invalid arguments (NaN, a step out of range, an
 * unknown speed) are clamped or ignored by the reducer; no action throws.
 */
export type PlayerAction =
  /** Play the next leg (finishing a flight in progress first). */
  | { type: 'next' }
  /** Show the previous step at rest (no reverse animation). */
  | { type: 'previous' }
  /** Show `step` at rest, or fly its leg from the start when `animate` is true. */
  | { type: 'goto'; step: number; animate?: boolean }
  /** Step 0: the packet waits at the client. */
  | { type: 'home' }
  /** The last step, at rest. */
  | { type: 'end' }
  /** Turn autoplay on (at the last step: restart from step 0). */
  | { type: 'play' }
  /** Turn autoplay off; a flight in progress still lands. */
  | { type: 'pause' }
  /** `play` when paused, `pause` when playing. */
  | { type: 'toggle' }
  /** Set the speed; a value not in {@link SPEEDS} is ignored. */
  | { type: 'setSpeed'; speed: number }
  /** The next speed up in {@link SPEEDS} (stays at the fastest). */
  | { type: 'faster' }
  /** The next speed down in {@link SPEEDS} (stays at the slowest). */
  | { type: 'slower' }
  /** `dtMs` milliseconds of wall time went by (sent by the store, once per frame). */
  | { type: 'tick'; dtMs: number }
  /** A new trace: `stepCount` legs; show `step` (default: the current one), clamped, at rest. */
  | { type: 'load'; stepCount: number; step?: number }
  /** Follow the user's reduced-motion preference. */
  | { type: 'setReducedMotion'; value: boolean };

/** Options of {@link createInitialState}. */
export interface InitialStateOptions {
  /** The step shown first (clamped to 0..stepCount). @default 0 */
  step?: number;
  /** The starting speed; a value not in {@link SPEEDS} falls back to 1. @default 1 */
  speed?: number;
  /** Start with reduced motion. @default false */
  reducedMotion?: boolean;
}
