/**
 * Narration of the request legs up to the first pod: one or two concrete sentences each,
 * naming addresses, who acts and why (DOMAIN.md §0, §2, §5, §9).
 */
import type { Endpoint, Node } from '../../model/query';
import type { Rewrite } from '../types';
import type { TargetChoice } from './target';
import type { Packet, WalkContext } from './types';

function frontName(ctx: WalkContext): string {
  return `${ctx.front.service.namespace}/${ctx.front.service.name}`;
}

/**
 * The client -> LB leg.
 * @param ctx - the walk context
 * @param stranded - no target passes the health check
 */
export function clientNote(ctx: WalkContext, stranded: boolean): string {
  const base = `The client ${ctx.client} connects to the load balancer ${ctx.lb.name} at ${ctx.vip}; this leg comes before the load balancer, so it is not a counted hop.`;
  if (!stranded) return base;
  return `${base} Under externalTrafficPolicy: Local no target in [${ctx.lb.targets.join(', ')}] runs an endpoint of ${frontName(ctx)}, so every health check fails, the load balancer has nowhere to send the connection and the client's SYN times out.`;
}

/**
 * The LB -> node leg.
 * @param ctx - the walk context
 * @param choice - the chosen target
 * @param src - the packet's source after the LB
 */
export function lbNote(ctx: WalkContext, choice: TargetChoice, src: string): string {
  const { lb } = ctx;
  const node = choice.node;
  const skipped = choice.passedOver
    ? ` (request.choose asked for ${choice.passedOver}, which fails the health check)`
    : '';
  const head = `${lb.name} picks ${node.name}${skipped} from its targets [${lb.targets.join(', ')}] and rewrites the destination ${ctx.vip} to ${node.name}'s NodePort ${node.ip}:${ctx.nodePort} of ${frontName(ctx)}`;
  if (lb.preserveClientIP)
    return `${head}; the client address ${ctx.client} passes through unchanged.`;
  return `${head}, and, with client IP preservation off, replaces the source with its own ${src}: the cluster never sees the client IP.`;
}

/**
 * What the node does when it does not forward: appended to the LB -> node leg.
 * @param ctx - the walk context
 * @param node - the node
 * @param kind - reject or drop
 */
export function refusalFate(ctx: WalkContext, node: Node, kind: 'reject' | 'drop'): string {
  if (kind === 'reject') {
    return `${frontName(ctx)} has no endpoints anywhere, so ${ctx.rules.by} on ${node.name} rejects the SYN: the client is refused at once (ICMP port unreachable, which it treats like a reset).`;
  }
  const why = ctx.lb.healthCheck
    ? ''
    : ' The load balancer has no health check, so it still sends traffic here.';
  return `Under externalTrafficPolicy: Local, ${node.name} has no local endpoint of ${frontName(ctx)} and drops the SYN, so the client's SYN times out.${why}`;
}

/** Why the source was or was not masqueraded on the node. */
function snatSentence(
  ctx: WalkContext,
  node: Node,
  arriving: Packet,
  ep: Endpoint,
  snat: Rewrite | undefined,
): string {
  if (snat && ep.pod.node !== node.name) {
    return `and masquerades the source ${arriving.src} to ${snat.after} because the pod runs on ${ep.pod.node} (externalTrafficPolicy: Cluster): the pod loses the client IP, and the reply must come back through ${node.name} to be un-NATed.`;
  }
  if (snat) {
    return `and, although the pod is local, masquerades the source ${arriving.src} to ${node.name}'s bridge address ${snat.after} (externalTrafficPolicy: Cluster), so the client IP is lost all the same.`;
  }
  if (ctx.front.service.externalTrafficPolicy === 'Cluster') {
    return `and keeps the source ${arriving.src}: Cilium masquerades only toward a backend on another node, and this one is local.`;
  }
  const who = ctx.lb.preserveClientIP
    ? 'the client address'
    : "the load balancer's address (it does not preserve the client IP)";
  return `and, under externalTrafficPolicy: Local, sends it only to a pod on this node without any SNAT, so the pod sees ${who} ${arriving.src}.`;
}

/**
 * The node -> pod leg.
 * @param ctx - the walk context
 * @param node - the receiving node
 * @param arriving - the packet as it arrived
 * @param ep - the endpoint taken
 * @param snat - the masquerade, if any
 */
export function nodePortNote(
  ctx: WalkContext,
  node: Node,
  arriving: Packet,
  ep: Endpoint,
  snat: Rewrite | undefined,
): string {
  const dnat = `${ctx.rules.by} on ${node.name} rewrites the destination ${arriving.dst} to ${ep.pod.name} at ${ep.address}`;
  return `${dnat} ${snatSentence(ctx, node, arriving, ep, snat)} The Service ${frontName(ctx)} is only this rewrite rule, not a hop.`;
}
