/**
 * Uniqueness: names (nodes, pods, Services and Ingresses within a namespace), entity ids
 * across nodes, pods, the load balancer and `client`, and addresses. Each duplicate is
 * reported at its SECOND occurrence, naming the first one. Keys are plain strings in file
 * order; a path and an owner are built only for what is reported (10,000 pods stay cheap).
 */
import { formatPath, type PathSegment, type Problem, problem } from '../problem';
import { serviceId } from '../query/serviceId';
import type { Scenario } from '../types';

/** Where an occurrence is, and whose it is (e.g. `node node-1`). */
export interface Place {
  path: PathSegment[];
  owner: string;
}

/**
 * Reports every key that was already seen.
 * @param keys - the values that must be unique, in file order (`undefined`: nothing to check)
 * @param place - where occurrence `i` is
 * @param describe - the message for a duplicate, given the key and the first occurrence
 * @returns one problem per later occurrence
 */
export function reportDuplicates(
  keys: readonly (string | undefined)[],
  place: (index: number) => Place,
  describe: (key: string, first: Place) => string,
): Problem[] {
  const first = new Map<string, number>();
  const found: Problem[] = [];
  keys.forEach((key, i) => {
    if (key === undefined) return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else found.push(problem(place(i).path, describe(key, place(seen))));
  });
  return found;
}

/**
 * Places for a list that concatenates nodes then pods (then one more entry, if given).
 * @param scenario - the resolved scenario
 * @param field - the field the path points at (`name`, `ip`)
 * @param extra - the entry after the pods, if any
 * @returns the place resolver
 */
export function nodeThenPodPlace(scenario: Scenario, field: string, extra?: Place) {
  const { nodes, pods } = scenario.cluster;
  return (i: number): Place => {
    if (i < nodes.length)
      return { path: ['cluster', 'nodes', i, field], owner: `node ${nodes[i]?.name}` };
    const p = i - nodes.length;
    if (p < pods.length)
      return { path: ['cluster', 'pods', p, field], owner: `pod ${pods[p]?.name}` };
    return extra ?? { path: [], owner: '' };
  };
}

function namespaced(scenario: Scenario): Problem[] {
  const services = scenario.services.map(serviceId);
  const ingresses = scenario.ingresses.map((i) => `${i.namespace}/${i.name}`);
  const at = (list: string) => (i: number) => ({
    path: [list, i, 'metadata', 'name'],
    owner: `${list}.${i}`,
  });
  return [
    ...reportDuplicates(
      services,
      at('services'),
      (key, first) => `duplicate Service name \`${key}\` (first defined at ${first.owner})`,
    ),
    ...reportDuplicates(
      ingresses,
      at('ingresses'),
      (key, first) => `duplicate Ingress name \`${key}\` (first defined at ${first.owner})`,
    ),
  ];
}

/**
 * Checks names and entity ids for duplicates.
 * @param scenario - the resolved scenario
 * @returns the problems, in file order per kind
 */
export function checkNames(scenario: Scenario): Problem[] {
  const { nodes, pods } = scenario.cluster;
  const place = nodeThenPodPlace(scenario, 'name');
  const sameKind = [
    ...reportDuplicates(
      nodes.map((n) => n.name),
      place,
      (key, first) =>
        `duplicate node name \`${key}\` (first defined at ${formatPath(first.path.slice(0, 3))})`,
    ),
    ...reportDuplicates(
      [...nodes.map(() => undefined), ...pods.map((p) => p.name)],
      place,
      (key, first) =>
        `duplicate pod name \`${key}\` (first defined at ${formatPath(first.path.slice(0, 3))})`,
    ),
  ];
  const reported = new Set(sameKind.map((p) => formatPath(p.path)));
  // Entity ids: nodes, pods and the load balancer share one namespace with `client`.
  const lb = scenario.loadBalancer.name;
  const ids = [...nodes.map((n) => n.name), ...pods.map((p) => p.name), lb, 'client'];
  const idPlace = nodeThenPodPlace(scenario, 'name', {
    path: ['loadBalancer', 'name'],
    owner: `load balancer ${lb}`,
  });
  const clashes = reportDuplicates(
    ids.slice(0, -1),
    idPlace,
    (key, first) =>
      `entity id \`${key}\` is already used by ${first.owner}; nodes, pods and the load balancer need distinct names`,
  ).filter((p) => !reported.has(formatPath(p.path)));
  const client = ids
    .slice(0, -1)
    .flatMap((id, i) =>
      id === 'client'
        ? [problem(idPlace(i).path, '`client` is reserved: it is the entity id of the client')]
        : [],
    );
  return [...sameKind, ...clashes, ...client, ...namespaced(scenario)];
}
