/**
 * Address checks: duplicate node, pod and cluster IPs, overlapping podCIDRs, podCIDRs too
 * small for a bridge and a pod, duplicate nodePorts, nodePorts on ClusterIP Services.
 */
import { blockSize, parseCidr } from '../net';
import { type PathSegment, type Problem, problem } from '../problem';
import type { Scenario } from '../types';
import { nodeThenPodPlace, type Place, reportDuplicates } from './duplicates';

/** Overlapping podCIDRs, found in O(n log n) by sorting; reported at the later node in file order. */
function checkPodCIDRs(scenario: Scenario): Problem[] {
  const blocks = scenario.cluster.nodes.map((node, index) => {
    const block = parseCidr(node.podCIDR) ?? { network: 0, prefix: 32 };
    return {
      index,
      node,
      start: block.network,
      end: block.network + blockSize(block.prefix),
      block,
    };
  });
  const found: Problem[] = [];
  for (const { index, node, block } of blocks) {
    if (block.prefix > 30) {
      const text = `podCIDR ${node.podCIDR} is too small: a /31 or /32 leaves no room for the bridge (.1) and a pod`;
      found.push(problem(['cluster', 'nodes', index, 'podCIDR'], text));
    }
  }
  const sorted = [...blocks].sort((a, b) => a.start - b.start || a.index - b.index);
  let widest = sorted[0];
  for (const current of sorted.slice(1)) {
    if (!widest) break;
    if (current.start < widest.end) {
      const [first, second] = widest.index < current.index ? [widest, current] : [current, widest];
      const path: PathSegment[] = ['cluster', 'nodes', second.index, 'podCIDR'];
      const text = `podCIDR ${second.node.podCIDR} of ${second.node.name} overlaps ${first.node.name}'s ${first.node.podCIDR}`;
      found.push(problem(path, text));
    }
    if (current.end > widest.end) widest = current;
  }
  return found;
}

const used = (what: string) => (key: string, first: Place) =>
  `duplicate ${what} ${key} (already used by ${first.owner})`;

/** Duplicate nodePorts across all Services, and nodePorts on ClusterIP Services. */
function checkNodePorts(services: Scenario['services']): Problem[] {
  const ports = services.flatMap((s, i) =>
    s.ports.map((port, j) => ({ s, i, j, port: port.nodePort })),
  );
  const place = (k: number): Place => {
    const { s, i, j } = ports[k] ?? { s: services[0], i: 0, j: 0 };
    return {
      path: ['services', i, 'spec', 'ports', j, 'nodePort'],
      owner: `Service ${s?.namespace}/${s?.name}`,
    };
  };
  const found = reportDuplicates(
    ports.map((p) => p.port?.toString()),
    place,
    used('nodePort'),
  );
  ports.forEach(({ s, port }, k) => {
    if (s.type !== 'ClusterIP' || port === undefined) return;
    const text =
      'nodePort is only allowed when `type` is NodePort or LoadBalancer (this Service is ClusterIP)';
    found.push(problem(place(k).path, text));
  });
  return found;
}

/**
 * Checks addresses and ports for clashes.
 * @param scenario - the resolved scenario
 * @returns the problems
 */
export function checkAddresses(scenario: Scenario): Problem[] {
  const { nodes, pods } = scenario.cluster;
  const ipKeys = [...nodes.map((n) => n.ip), ...pods.map((p) => p.ip || undefined)];
  const ips = reportDuplicates(ipKeys, nodeThenPodPlace(scenario, 'ip'), used('IP'));
  const services = scenario.services;
  const servicePlace = (i: number): Place => ({
    path: ['services', i, 'spec', 'clusterIP'],
    owner: `Service ${services[i]?.namespace}/${services[i]?.name}`,
  });
  const clusterIPs = reportDuplicates(
    services.map((s) => s.clusterIP),
    servicePlace,
    used('ClusterIP'),
  );
  return [...ips, ...clusterIPs, ...checkNodePorts(services), ...checkPodCIDRs(scenario)];
}
