/**
 * Lookups shared by the cross-checks, built once with Maps so that checking a 1,000-node,
 * 10,000-pod scenario stays linear.
 */
import type { Node, Pod, Scenario, Service } from '../types';

/** Name lookups and selector matching over a resolved scenario. */
export interface CheckContext {
  scenario: Scenario;
  nodes: Map<string, Node>;
  pods: Map<string, Pod>;
  /** Keyed by `namespace/name`; the first of each key in file order. */
  services: Map<string, Service>;
  /** Keyed by bare name: the first Service of that name in file order. */
  servicesByName: Map<string, Service>;
  /** Pods a label selector picks, in file order; none for an absent or empty selector. */
  select: (selector: Record<string, string> | undefined) => Pod[];
}

function firstByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
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
  return {
    scenario,
    nodes: firstByKey(scenario.cluster.nodes, (node) => node.name),
    pods: firstByKey(pods, (pod) => pod.name),
    services: firstByKey(scenario.services, (s) => `${s.namespace}/${s.name}`),
    servicesByName: firstByKey(scenario.services, (s) => s.name),
    select,
  };
}

/**
 * Finds a Service as `ingressController.service` and `loadBalancer.service` name it:
 * `namespace/name`, or a bare name (the first Service of that name in file order).
 * @param context - the lookups
 * @param ref - the reference
 * @param namespace - for Ingress backends: the namespace a bare name lives in
 * @returns the Service, or `undefined`
 */
export function findService(context: CheckContext, ref: string, namespace?: string) {
  if (ref.includes('/')) return context.services.get(ref);
  if (namespace !== undefined) return context.services.get(`${namespace}/${ref}`);
  return context.servicesByName.get(ref);
}
