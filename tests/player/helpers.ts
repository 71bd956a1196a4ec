import {
  createInitialState,
  type PlayerAction,
  type PlayerState,
  playerReducer,
} from '../../src/player';

/** A full player state: `createInitialState(stepCount)` with some fields replaced. */
export function state(stepCount: number, fields: Partial<PlayerState> = {}): PlayerState {
  return { ...createInitialState(stepCount), ...fields };
}

/** Short form of {@link state}: `at(5, 2, 0.4)` is step 2 of 5, 40 % into its flight. */
export function at(
  stepCount: number,
  step: number,
  progress = 1,
  fields: Partial<PlayerState> = {},
): PlayerState {
  return state(stepCount, { step, progress, ...fields });
}

/** Runs a sequence of actions through the reducer. */
export function run(from: PlayerState, actions: readonly PlayerAction[]): PlayerState {
  return actions.reduce(playerReducer, from);
}

/** `n` tick actions of `dtMs` each. */
export function ticks(n: number, dtMs = 16): PlayerAction[] {
  return Array.from({ length: n }, () => ({ type: 'tick', dtMs }) as const);
}

/** Action shorthands for the tables. */
export const NEXT: PlayerAction = { type: 'next' };
export const PREV: PlayerAction = { type: 'previous' };
export const HOME: PlayerAction = { type: 'home' };
export const END: PlayerAction = { type: 'end' };
export const PLAY: PlayerAction = { type: 'play' };
export const PAUSE: PlayerAction = { type: 'pause' };
export const TOGGLE: PlayerAction = { type: 'toggle' };
export const FASTER: PlayerAction = { type: 'faster' };
export const SLOWER: PlayerAction = { type: 'slower' };

/** A `goto` action. */
export const goto = (step: number, animate?: boolean): PlayerAction => ({
  type: 'goto',
  step,
  animate,
});
/** A `tick` action. */
export const tick = (dtMs: number): PlayerAction => ({ type: 'tick', dtMs });
/** A `setSpeed` action. */
export const speed = (value: number): PlayerAction => ({ type: 'setSpeed', speed: value });
/** A `load` action. */
export const load = (stepCount: number, step?: number): PlayerAction => ({
  type: 'load',
  stepCount,
  step,
});
/** A `setReducedMotion` action. */
export const reduce = (value: boolean): PlayerAction => ({ type: 'setReducedMotion', value });

/** One table row: name, starting state, actions, expected state. */
export type Row = [name: string, from: PlayerState, actions: PlayerAction[], expected: PlayerState];
