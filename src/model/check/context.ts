/**
 * Lookups shared by the cross-checks: the scenario index (query/lookup.ts) plus an indexed
 * label selector, built once so that checking a 1,000-node, 10,000-pod scenario stays linear.
 */
import { createScenarioIndex, type ScenarioIndex } from '../query/lookup';
import type { Pod, Scenario } from '../types';

/** Name lookups and selector matching over a resolved scenario. */
export interface CheckContext extends ScenarioIndex {
  /** Pods a label selector picks, in file order; none for an absent or empty selector. */
  select: (selector: Record<string, string> | undefined) => Pod[];
}

/** Builds an index from `label=value` to the positions of the pods carrying it. */
function labelIndex(pods: readonly Pod[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  pods.forEach((pod, i) => {
    for (const [key, value] of Object.entries(pod.labels)) {
      const entry = `${key}=${value}`;
      const list = index.get(entry);
      if (list) list.push(i);
      else index.set(entry, [i]);
    }
  });
  return index;
}

/**
 * Builds the lookups for a scenario.
 * @param scenario - the resolved scenario
 * @returns the context
 */
export function createCheckContext(scenario: Scenario): CheckContext {
  const { pods } = scenario.cluster;
  const index = labelIndex(pods);
  const cache = new Map<string, Pod[]>();
  const select = (selector: Record<string, string> | undefined): Pod[] => {
    const pairs = Object.entries(selector ?? {});
    if (pairs.length === 0) return [];
    const cacheKey = JSON.stringify(pairs);
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const lists = pairs.map(([key, value]) => index.get(`${key}=${value}`) ?? []);
    const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    const picked = shortest
      .map((i) => pods[i] as Pod)
      .filter((pod) => pairs.every(([key, value]) => pod.labels[key] === value));
    cache.set(cacheKey, picked);
    return picked;
  };
  return { ...createScenarioIndex(scenario), select };
}
