/**
 * At the node: kube-proxy (or Cilium) translates the NodePort to an endpoint of the LB's
 * Service (DOMAIN.md §2-§5), or rejects / drops the connection.
 */
import type { Endpoint, Node } from '../../model/query';
import { serviceId } from '../../model/query';
import type { DnatView, RefusalView } from '../rules/types';
import { nodePortNote, refusalFate } from './notes';
import { nodeSnat } from './snat';
import type { Ending, Leg, Packet, WalkContext } from './types';

/** What the node's rules do with the NodePort packet. */
export type NodeVerdict =
  | { kind: 'reject' | 'drop' }
  | { kind: 'forward'; endpoints: Endpoint[]; chosen: number };

/**
 * Decides the node's verdict: no endpoints at all -> reject (DOMAIN.md §2.1 step 8); Local
 * and none on this node -> drop (§2.2); else the endpoint: `choose.ingressPod` when it is a
 * candidate, else the first (under Local only this node's endpoints are candidates).
 * @param ctx - the walk context
 * @param node - the node the LB sent the packet to
 */
export function nodeVerdict(ctx: WalkContext, node: Node): NodeVerdict {
  if (ctx.frontEndpoints.length === 0) return { kind: 'reject' };
  const local = ctx.front.service.externalTrafficPolicy === 'Local';
  const endpoints = local
    ? ctx.frontEndpoints.filter((ep) => ep.pod.node === node.name)
    : ctx.frontEndpoints;
  if (endpoints.length === 0) return { kind: 'drop' };
  const wanted = ctx.scenario.request.choose.ingressPod;
  const chosen = Math.max(
    0,
    endpoints.findIndex((ep) => ep.pod.name === wanted),
  );
  return { kind: 'forward', endpoints, chosen };
}

/**
 * How the walk ends when the node rejects or drops.
 * @param ctx - the walk context
 * @param node - the node
 * @param kind - the verdict
 * @returns the ending, with the rule that fired
 */
export function refusalEnding(
  ctx: WalkContext,
  node: Node,
  kind: 'reject' | 'drop',
): { ending: Ending; fate: string } {
  const view: RefusalView = { svc: ctx.front, node, nodePort: ctx.nodePort };
  const svc = serviceId(ctx.front.service);
  const rule = kind === 'reject' ? ctx.rules.reject(view) : ctx.rules.dropNoLocal(view);
  const outcome =
    kind === 'reject'
      ? `rejected: ${svc} has no endpoints`
      : `dropped: ${node.name} has no local endpoint for ${svc} (externalTrafficPolicy: Local)`;
  const end = {
    kind: kind === 'reject' ? 'rejected' : 'dropped',
    at: node.name,
    by: ctx.rules.by,
    rule,
  } as const;
  return {
    ending: { delivered: false, outcome, end, answered: false },
    fate: refusalFate(ctx, node, kind),
  };
}

/**
 * The node -> pod leg (hop 2): DNAT to the endpoint, plus the masquerade when the policy
 * and the datapath call for one (see {@link nodeSnat}).
 * @param ctx - the walk context
 * @param node - the node that received the packet
 * @param arriving - the packet as it arrived from the LB
 * @param endpoints - the candidates on this node's rules
 * @param chosen - index of the endpoint taken
 */
export function nodePortLeg(
  ctx: WalkContext,
  node: Node,
  arriving: Packet,
  endpoints: Endpoint[],
  chosen: number,
): Leg {
  const ep = endpoints[chosen] as Endpoint;
  const view: DnatView = {
    svc: ctx.front,
    kind: 'NodePort',
    frontend: { ip: node.ip, port: ctx.nodePort },
    policy: ctx.front.service.externalTrafficPolicy,
    endpoints,
    chosen,
    node,
    clusterCIDR: ctx.scenario.cluster.clusterCIDR,
  };
  const dnat = {
    at: node.name,
    kind: 'DNAT',
    before: arriving.dst,
    after: ep.address,
    by: ctx.rules.by,
    rule: ctx.rules.dnat(view),
    service: serviceId(ctx.front.service),
  } as const;
  const snat = nodeSnat(ctx, node, arriving.src, ep);
  const podNode = ep.pod.node;
  return {
    from: node.name,
    to: ep.pod.name,
    counted: true,
    via: podNode === node.name ? [] : [podNode],
    packet: { src: snat?.after ?? arriving.src, dst: ep.address },
    rewrites: snat ? [dnat, snat] : [dnat],
    note: nodePortNote(ctx, node, arriving, ep, snat),
  };
}
