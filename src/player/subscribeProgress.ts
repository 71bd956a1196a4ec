import type { PlayerStore } from './createPlayerStore';

/** Receives the step shown and how far its leg has flown (0..1; 1 = at rest). */
export type ProgressListener = (step: number, progress: number) => void;

/** Options of {@link subscribeProgress}. */
export interface SubscribeProgressOptions {
  /** Also call the listener once right away with the current values. @default false */
  fireImmediately?: boolean;
}

/**
 * Listens to the per-frame part of the player, outside React: the diagram bridges it into
 * a framer-motion MotionValue (`mv.set(progress)`), so the packet moves without React
 * re-rendering the app 60 times a second.
 * @param store - The player store.
 * @param listener - Called whenever `step` or `progress` changes.
 * @param options - Whether to fire at once.
 * @returns A function that stops the calls.
 */
export function subscribeProgress(
  store: PlayerStore,
  listener: ProgressListener,
  options: SubscribeProgressOptions = {},
): () => void {
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.step !== previous.step || state.progress !== previous.progress) {
      listener(state.step, state.progress);
    }
  });
  if (options.fireImmediately === true) {
    const { step, progress } = store.getState();
    listener(step, progress);
  }
  return unsubscribe;
}
