/**
 * The bundled scenarios as a live value: the build's list, replaced in place when the dev
 * server hot-updates `virtual:packetwalk/scenarios` (a scenario file was edited).
 */
import { scenarios as built } from 'virtual:packetwalk/scenarios';
import type { BundledScenario } from './types';

let current: readonly BundledScenario[] = built;
const listeners = new Set<() => void>();

/**
 * The bundled scenarios now.
 * @returns the list, in teaching order
 */
export function getBundledScenarios(): readonly BundledScenario[] {
  return current;
}

/**
 * Listens for hot updates.
 * @param listener - called after the list changed
 * @returns a function that stops the calls
 */
export function subscribeBundledScenarios(listener: () => void): () => void {
  const wrapped = () => listener();
  listeners.add(wrapped);
  return () => {
    listeners.delete(wrapped);
  };
}

/**
 * Replaces the list (the hot-update handler; tests call it to simulate an edit).
 * @param next - the new list
 */
export function setBundledScenarios(next: readonly BundledScenario[]): void {
  if (next === current) return;
  current = next;
  for (const listener of [...listeners]) listener();
}

if (import.meta.hot) {
  import.meta.hot.accept('virtual:packetwalk/scenarios', (module) => {
    if (module) setBundledScenarios(module.scenarios as BundledScenario[]);
  });
}
