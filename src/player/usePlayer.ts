import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { type Clock, createRafClock } from './clock';
import { createPlayerStore, type PlayerStore } from './createPlayerStore';
import { createInitialState, toStepCount } from './playerState';
import type { PlayerAction, PlayerState, PlayerView } from './types';
import { readPrefersReducedMotion, usePrefersReducedMotion } from './usePrefersReducedMotion';

/** Options of {@link usePlayer}. */
export interface UsePlayerOptions {
  /** The step shown first, e.g. from `&step=N` (read once, at mount). @default 0 */
  initialStep?: number;
  /** The speed at mount; a value not in SPEEDS falls back to 1. @default 1 */
  initialSpeed?: number;
  /** Where frames come from (read once, at mount). @default createRafClock() */
  clock?: Clock;
  /** Forces reduced motion on or off; undefined follows `prefers-reduced-motion`. */
  reducedMotion?: boolean;
}

/** What {@link usePlayer} returns. */
export interface UsePlayerResult {
  /** The discrete state; keeps its identity while only progress/holdMs change. */
  state: PlayerView;
  /** Sends an action to the player (stable identity). */
  dispatch: (action: PlayerAction) => void;
  /** The store itself, for {@link subscribeProgress} and tests. */
  store: PlayerStore;
}

function toView(state: PlayerState): PlayerView {
  const { stepCount, step, playing, speed, reducedMotion } = state;
  return { stepCount, step, playing, speed, reducedMotion };
}

function sameView(a: PlayerView, b: PlayerView): boolean {
  return (
    a.stepCount === b.stepCount &&
    a.step === b.step &&
    a.playing === b.playing &&
    a.speed === b.speed &&
    a.reducedMotion === b.reducedMotion
  );
}

/** A snapshot getter that returns the previous view object while the view is unchanged. */
function createViewSelector(store: PlayerStore): () => PlayerView {
  let cached = toView(store.getState());
  return () => {
    const next = toView(store.getState());
    if (!sameView(cached, next)) cached = next;
    return cached;
  };
}

/**
 * The player for React: owns a store with a clock, and re-renders only when a discrete
 * field changes (step, playing, speed, ...), never per frame. Follows the user's
 * reduced-motion preference and reloads (clamping the step) when `stepCount` changes.
 * @param stepCount - Number of legs in the trace shown.
 * @param options - Initial step and speed, clock, forced reduced motion.
 * @returns The discrete state, a dispatch function and the store.
 */
export function usePlayer(stepCount: number, options: UsePlayerOptions = {}): UsePlayerResult {
  const preferred = usePrefersReducedMotion();
  const reducedMotion = options.reducedMotion ?? preferred;
  const [store] = useState(() =>
    createPlayerStore(
      createInitialState(stepCount, {
        step: options.initialStep,
        speed: options.initialSpeed,
        reducedMotion: options.reducedMotion ?? readPrefersReducedMotion(),
      }),
      options.clock ?? createRafClock(),
    ),
  );
  const getView = useMemo(() => createViewSelector(store), [store]);
  const state = useSyncExternalStore(store.subscribe, getView, getView);

  // Layout effect: the clamped step is in place before the browser paints the new trace.
  useLayoutEffect(() => {
    const count = toStepCount(stepCount);
    if (count !== undefined && count !== store.getState().stepCount) {
      store.dispatch({ type: 'load', stepCount: count });
    }
  }, [store, stepCount]);
  useEffect(() => {
    store.dispatch({ type: 'setReducedMotion', value: reducedMotion });
  }, [store, reducedMotion]);
  useEffect(() => () => store.destroy(), [store]);

  return { state, dispatch: store.dispatch, store };
}
