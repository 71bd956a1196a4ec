import { type MotionValue, useMotionValue } from 'motion/react';
import { useEffect } from 'react';
import { type PlayerStore, subscribeProgress } from '../../player';

/**
 * The player's per-frame progress as a framer-motion MotionValue: set outside React on every
 * frame, so the packet moves without the app re-rendering 60 times a second.
 * @param store - the player store
 * @returns a MotionValue of 0..1 within the current leg (1 = at rest)
 */
export function useProgressValue(store: PlayerStore): MotionValue<number> {
  const progress = useMotionValue(store.getState().progress);
  useEffect(
    () => subscribeProgress(store, (_step, p) => progress.set(p), { fireImmediately: true }),
    [store, progress],
  );
  return progress;
}
