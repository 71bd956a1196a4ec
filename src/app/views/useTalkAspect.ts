import { useSyncExternalStore } from 'react';

/**
 * The share of the screen's height the talk diagram can count on; the caption (its headline
 * and the packet's facts) takes the rest. With the narration on (N) the caption grows and the
 * same layout is drawn a little smaller: a less detailed layout would crowd the overlays.
 */
export const TALK_STAGE_SHARE = 0.84;

/** Aspect ratios outside this range are clamped (a very flat or tall window). */
const ASPECT = { min: 1, max: 3 } as const;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/**
 * Rounds a space's aspect ratio, so small resizes keep the same layout.
 * @param width - CSS pixels
 * @param height - CSS pixels
 * @returns width / height in steps of 0.05, clamped to 1..3; 16:9 for a space without size
 */
export function roundAspect(width: number, height: number): number {
  if (!(width >= 16 && height >= 16)) return 16 / 9;
  const ratio = Math.min(ASPECT.max, Math.max(ASPECT.min, width / height));
  return Math.round(ratio * 20) / 20;
}

function read(): number {
  return roundAspect(window.innerWidth, window.innerHeight * TALK_STAGE_SHARE);
}

/**
 * The aspect ratio talk mode lays the diagram out for: the window's, minus the caption band.
 * It follows the window (full screen, a projector's resolution), not the caption, so the
 * diagram keeps its layout from step to step even as the caption grows or shrinks.
 * @returns width / height, rounded
 */
export function useTalkAspect(): number {
  return useSyncExternalStore(subscribe, read, () => 16 / 9);
}
