/**
 * Name lookups over a resolved Scenario, built once with Maps so that a 1,000-node /
 * 10,000-pod scenario is checked and walked in linear time. Shared by the loader's
 * cross-checks and the walk.
 */
import type { Node, Pod, Scenario, Service } from '../types';
import { serviceId } from './serviceId';

/** Maps from names to the scenario's objects; the first of each key in file order. */
export interface ScenarioIndex {
  scenario: Scenario;
  nodes: Map<string, Node>;
  pods: Map<string, Pod>;
  /** Keyed by `namespace/name`. */
  services: Map<string, Service>;
  /** Keyed by bare name: the first Service of that name in file order. */
  servicesByName: Map<string, Service>;
}

function firstByKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

/**
 * Builds the lookup maps of a scenario.
 * @param scenario - a resolved scenario; not modified
 * @returns the index
 */
export function createScenarioIndex(scenario: Scenario): ScenarioIndex {
  return {
    scenario,
    nodes: firstByKey(scenario.cluster.nodes, (node) => node.name),
    pods: firstByKey(scenario.cluster.pods, (pod) => pod.name),
    services: firstByKey(scenario.services, serviceId),
    servicesByName: firstByKey(scenario.services, (s) => s.name),
  };
}

/**
 * Finds a Service by reference: `namespace/name`, or a bare name looked up in `namespace`
 * when given (Ingress backends) and otherwise by name alone (`loadBalancer.service`,
 * `ingressController.service`: the first Service of that name in file order).
 * @param index - the scenario's index
 * @param ref - `name` or `namespace/name`
 * @param namespace - the namespace a bare name lives in, when known
 * @returns the Service, or `undefined`
 */
export function findService(
  index: ScenarioIndex,
  ref: string,
  namespace?: string,
): Service | undefined {
  if (ref.includes('/')) return index.services.get(ref);
  if (namespace !== undefined) return index.services.get(`${namespace}/${ref}`);
  return index.servicesByName.get(ref);
}
