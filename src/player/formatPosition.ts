import type { PlayerView } from './types';

/**
 * The position readout of the controls.
 * @param view - The step shown and the number of legs.
 * @returns "Start" at step 0, else "Step 2 of 7".
 */
export function formatPosition(view: Pick<PlayerView, 'step' | 'stepCount'>): string {
  return view.step <= 0 ? 'Start' : `Step ${view.step} of ${view.stepCount}`;
}
