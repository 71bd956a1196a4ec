/**
 * Narration of the reply legs: who undoes which translation, and why the answer has to
 * come back through the node that made it (DOMAIN.md §6).
 */
import type { Rewrite } from '../types';
import type { Leg, WalkContext } from './types';

/** One entity's undo rewrites, in the order they are applied. */
function groups(rewrites: readonly Rewrite[]): Rewrite[][] {
  const out: Rewrite[][] = [];
  for (const rw of rewrites) {
    const last = out[out.length - 1];
    if (last && last[0]?.at === rw.at) last.push(rw);
    else out.push([rw]);
  }
  return out;
}

function changes(group: readonly Rewrite[]): string {
  return group
    .map((rw) => {
      if (rw.kind === 'proxy')
        return `the answer moves from ${rw.before} onto the client's connection ${rw.after}`;
      const field = rw.kind === 'SNAT' ? 'source' : 'destination';
      return `the ${field} ${rw.before} becomes ${rw.after}`;
    })
    .join(' and ');
}

function sentence(ctx: WalkContext, group: readonly Rewrite[]): string {
  const first = group[0] as Rewrite;
  if (first.by === 'cloud load balancer') {
    return `${first.at} finds the connection in its table: ${changes(group)}, so the client only ever talks to ${ctx.vip}.`;
  }
  if (first.by === 'ingress controller')
    return `nginx in ${first.at} relays it: ${changes(group)}.`;
  const snatUndone = group.some((rw) => rw.kind === 'DNAT');
  const table =
    ctx.scenario.cluster.proxyMode === 'ebpf' ? "Cilium's connection table" : 'conntrack';
  const why = snatUndone ? ` This is why the reply had to come back through ${first.at}.` : '';
  return `${table} on ${first.at} reverses the NAT it made: ${changes(group)}.${why}`;
}

/**
 * The note of one reply leg.
 * @param ctx - the walk context
 * @param reply - the reply leg, without its note
 * @param first - true for the first reply leg (the answering pod's)
 */
export function replyNote(ctx: WalkContext, reply: Omit<Leg, 'note'>, first: boolean): string {
  const { src, dst } = reply.packet;
  const quiet = reply.rewrites.length === 0 ? ' Nothing on this leg needs translating.' : '';
  const head = first
    ? `${reply.from} answers on the same connection, ${src} -> ${dst}.${quiet}`
    : '';
  const undo = groups(reply.rewrites).map((g) => sentence(ctx, g));
  const send = first ? '' : `The reply goes ${src} -> ${dst} to ${reply.to}.`;
  return [head, ...undo, send].filter((s) => s !== '').join(' ');
}
