import type { Clock } from './clock';
import { playerReducer } from './playerReducer';
import { isAnimating } from './playerState';
import type { PlayerAction, PlayerState } from './types';

/** Called after every change of state, with the state before it. */
export type PlayerListener = (state: PlayerState, previous: PlayerState) => void;

/** A small external store around {@link playerReducer} (zustand's vanilla core, in spirit). */
export interface PlayerStore {
  /** The current state. */
  getState(): PlayerState;
  /** Runs the reducer; listeners hear of it only when the state changed. */
  dispatch(action: PlayerAction): void;
  /** Adds a listener. @returns A function that removes it. */
  subscribe(listener: PlayerListener): () => void;
  /**
   * Stops the frame loop and drops every listener. The state stays readable, and a later
   * dispatch that starts an animation listens to the clock again (React's StrictMode
   * unmounts and remounts effects, so a destroyed store must be able to come back).
   */
  destroy(): void;
}

/** Holds at most one clock subscription, opened and closed on demand. */
function createFrameSwitch(clock: Clock, onFrame: (dtMs: number) => void) {
  let stop: (() => void) | null = null;
  return {
    set(on: boolean): void {
      if (on && stop === null) stop = clock.onFrame(onFrame);
      if (!on && stop !== null) {
        stop();
        stop = null;
      }
    },
  };
}

/**
 * Creates the player's store: it runs the reducer and, exactly while something moves
 * ({@link isAnimating}), listens to the clock and dispatches one `tick` per frame.
 * @param initial - The starting state (see `createInitialState`).
 * @param clock - The clock that delivers frames (`createRafClock()` in the app).
 * @returns The store.
 */
export function createPlayerStore(initial: PlayerState, clock: Clock): PlayerStore {
  let state = initial;
  const listeners = new Set<PlayerListener>();
  const frames = createFrameSwitch(clock, (dtMs) => dispatch({ type: 'tick', dtMs }));

  function dispatch(action: PlayerAction): void {
    const previous = state;
    state = playerReducer(previous, action);
    if (state === previous) return;
    frames.set(isAnimating(state));
    // A copy, so listeners may unsubscribe (themselves or others) while being called.
    for (const listener of [...listeners]) {
      if (listeners.has(listener)) listener(state, previous);
    }
  }

  frames.set(isAnimating(state));
  return {
    getState: () => state,
    dispatch,
    subscribe(listener) {
      // Wrap, so subscribing the same function twice gives two independent subscriptions.
      const wrapped: PlayerListener = (next, previous) => listener(next, previous);
      listeners.add(wrapped);
      // Picks the frame loop up again after destroy() (StrictMode remounts resubscribe).
      frames.set(isAnimating(state));
      return () => {
        listeners.delete(wrapped);
      };
    },
    destroy() {
      frames.set(false);
      listeners.clear();
    },
  };
}
