/**
 * Pod IP defaults (DESIGN.md contract v1): pods with an explicit ip keep it; the others get,
 * in file order, the next free address from .2 in their node's podCIDR (the .1 is the cni0
 * bridge, DOMAIN.md §5), skipping addresses already taken on that node.
 */
import { unknownName } from '../names';
import { blockSize, formatIPv4, parseCidr, parseIPv4 } from '../net';
import { type Problem, problem } from '../problem';
import type { ScenarioInput } from '../schema/scenario';
import type { Node, Pod } from '../types';

type PodInput = ScenarioInput['cluster']['pods'][number];

/** Checks an explicit pod IP against its node's podCIDR; returns a problem message or ''. */
function explicitIpProblem(ip: number, text: string, node: Node): string {
  const block = parseCidr(node.podCIDR);
  if (!block) return '';
  const last = block.network + blockSize(block.prefix) - 1;
  const of = `${node.name}'s podCIDR ${node.podCIDR}`;
  if (ip < block.network || ip > last) return `pod IP ${text} is outside ${of}`;
  if (ip === block.network) return `pod IP ${text} is the network address of ${of}`;
  if (ip === last) return `pod IP ${text} is the broadcast address of ${of}`;
  if (ip === block.network + 1) return `pod IP ${text} is ${node.name}'s bridge (cni0) address`;
  return '';
}

/**
 * Resolves every pod's node reference and IP address.
 * @param pods - the validated `cluster.pods`
 * @param nodes - the resolved nodes
 * @returns the pods in file order and the problems found (unknown node, bad or exhausted IPs)
 */
export function resolvePods(pods: PodInput[], nodes: Node[]): { pods: Pod[]; problems: Problem[] } {
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const taken = new Map<string, Set<number>>(nodes.map((node) => [node.name, new Set<number>()]));
  const problems: Problem[] = [];
  const names = nodes.map((node) => node.name);
  pods.forEach((pod, i) => {
    const node = byName.get(pod.node);
    if (!node)
      problems.push(problem(['cluster', 'pods', i, 'node'], unknownName('node', pod.node, names)));
    if (!node || pod.ip === undefined) return;
    const ip = parseIPv4(pod.ip) ?? 0;
    const message = explicitIpProblem(ip, pod.ip, node);
    if (message) problems.push(problem(['cluster', 'pods', i, 'ip'], message));
    taken.get(node.name)?.add(ip);
  });
  const cursors = new Map<string, Cursor>();
  const resolved = pods.map((pod, i) => {
    const node = byName.get(pod.node);
    const ip = pod.ip ?? (node ? assign(node, taken, cursors) : undefined);
    if (node && ip === undefined) {
      const text = `no free address left in ${node.name}'s podCIDR ${node.podCIDR} for pod ${pod.name}`;
      problems.push(problem(['cluster', 'pods', i], text));
    }
    return { name: pod.name, node: pod.node, ip: ip ?? '', labels: pod.labels, ports: pod.ports };
  });
  return { pods: resolved, problems };
}

/** Where the next default address of a node's podCIDR is looked for, and where the block ends. */
interface Cursor {
  next: number;
  broadcast: number;
}

/** Takes the next free host address (from .2, below the broadcast address) on a node. */
function assign(node: Node, taken: Map<string, Set<number>>, cursors: Map<string, Cursor>) {
  let cursor = cursors.get(node.name);
  if (!cursor) {
    const block = parseCidr(node.podCIDR);
    if (!block) return undefined;
    cursor = { next: block.network + 2, broadcast: block.network + blockSize(block.prefix) - 1 };
    cursors.set(node.name, cursor);
  }
  const used = taken.get(node.name) ?? new Set<number>();
  while (used.has(cursor.next)) cursor.next++;
  if (cursor.next >= cursor.broadcast) return undefined;
  used.add(cursor.next);
  return formatIPv4(cursor.next++);
}
