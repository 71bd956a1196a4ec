import { useSyncExternalStore } from 'react';
import { getBundledScenarios, subscribeBundledScenarios } from './bundledStore';
import type { BundledScenario } from './types';

/**
 * The bundled scenarios, re-rendering on a dev-server hot update.
 * @param override - a fixed list instead (tests, stories)
 * @returns the list, in teaching order
 */
export function useBundledScenarios(
  override?: readonly BundledScenario[],
): readonly BundledScenario[] {
  const live = useSyncExternalStore(
    subscribeBundledScenarios,
    getBundledScenarios,
    getBundledScenarios,
  );
  return override ?? live;
}
