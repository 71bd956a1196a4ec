import { type MotionValue, useMotionValue } from 'motion/react';
import { useEffect } from 'react';
import { type PlayerStore, subscribeProgress } from '../../src/player';

/**
 * The player's per-frame progress as a MotionValue, set outside React on every frame (as
 * the app's DiagramArea does), so the packet flies without re-rendering the story.
 * @param store - the player store (`usePlayer().store`)
 * @returns a MotionValue of 0..1 within the current leg
 */
export function usePlayerProgress(store: PlayerStore): MotionValue<number> {
  const progress = useMotionValue(store.getState().progress);
  useEffect(
    () => subscribeProgress(store, (_step, p) => progress.set(p), { fireImmediately: true }),
    [store, progress],
  );
  return progress;
}
