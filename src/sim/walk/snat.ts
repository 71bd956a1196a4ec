/**
 * Whether and how the receiving node masquerades the source (DESIGN.md "Semantics";
 * DOMAIN.md §2.1 step 7, §4, §5).
 */
import type { Endpoint, Node } from '../../model/query';
import { serviceId } from '../../model/query';
import { ephemeralPort } from '../hash/fnv';
import type { SnatView } from '../rules/types';
import type { Rewrite } from '../types';
import type { WalkContext } from './types';

/**
 * The masquerade a NodePort packet gets on its way to `ep`, if any.
 * - Local: none; the source (client, or LB when it does not preserve it) reaches the pod (DOMAIN.md §5).
 * - Cluster: MASQUERADE takes the egress interface's address: the node IP toward another
 *   node (routed network), the cni0 bridge address (`.1` of the podCIDR) toward a local pod (§5).
 * - eBPF: Cilium SNATs only toward a remote backend; a local one keeps the client IP (§4).
 * @param ctx - the walk context
 * @param node - the receiving node
 * @param src - the packet's source as it arrived
 * @param ep - the endpoint after DNAT
 * @returns the rewrite, or `undefined` when the source is kept
 */
export function nodeSnat(
  ctx: WalkContext,
  node: Node,
  src: string,
  ep: Endpoint,
): Rewrite | undefined {
  if (ctx.front.service.externalTrafficPolicy === 'Local') return undefined;
  const remote = ep.pod.node !== node.name;
  // [inferred] DOMAIN.md §4: Cilium's SNAT mode rewrites the source only when the backend is on another node.
  if (!remote && ctx.scenario.cluster.proxyMode === 'ebpf') return undefined;
  const ip = remote ? node.ip : node.bridgeIP;
  const after = `${ip}:${ephemeralPort(`${node.name}|${src}|${ep.address}`)}`;
  const view: SnatView = {
    node,
    before: src,
    after,
    dst: ep.address,
    egress: remote ? 'node' : 'bridge',
  };
  return {
    at: node.name,
    kind: 'SNAT',
    before: src,
    after,
    by: ctx.rules.by,
    rule: ctx.rules.snat(view),
    service: serviceId(ctx.front.service),
  };
}
