/**
 * A small external store around {@link appReducer}: the controller reads the next state
 * synchronously (to size the player in the same event), React subscribes to it.
 */
import { appReducer } from './appReducer';
import type { AppAction, AppState } from './types';

/** The app store. */
export interface AppStore {
  /** The current state. */
  getState(): AppState;
  /** Runs the reducer; listeners hear of it only when the state changed. */
  dispatch(action: AppAction): void;
  /** Adds a listener. @returns A function that removes it. */
  subscribe(listener: () => void): () => void;
}

/**
 * Creates the store.
 * @param initial - the starting state
 * @returns the store
 */
export function createAppStore(initial: AppState): AppStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = appReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      const wrapped = () => listener();
      listeners.add(wrapped);
      return () => {
        listeners.delete(wrapped);
      };
    },
  };
}
