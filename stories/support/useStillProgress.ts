import { type MotionValue, useMotionValue } from 'motion/react';
import { useLayoutEffect } from 'react';

/**
 * A fixed `progress` for the diagram: 1 = the packet rests at the step's `to`, 0.5 = half
 * way along the leg. Set before paint, so a static story never shows a frame in between.
 * @param value - 0..1 within the current leg
 * @returns a MotionValue holding `value`
 */
export function useStillProgress(value: number): MotionValue<number> {
  const clamped = Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 1;
  const progress = useMotionValue(clamped);
  useLayoutEffect(() => progress.set(clamped), [progress, clamped]);
  return progress;
}
