/**
 * Reply legs (DOMAIN.md §6): the answer retraces the request legs backwards, and every
 * translation is undone where it was made, from that component's connection table.
 */
import { connectionEntry } from '../rules/conntrack';
import { lbConnection } from '../rules/loadBalancer';
import { accessLog, upstreamOf } from '../rules/nginx';
import type { Rewrite } from '../types';
import { replyNote } from './replyNotes';
import type { Leg, Packet, WalkContext } from './types';

/** Splits a proxy rewrite's `"src -> dst"` into a packet. */
function connection(text: string): Packet {
  const [src = '', dst = ''] = text.split(' -> ');
  return { src, dst };
}

function apply(packet: Packet, rw: Rewrite): Packet {
  if (rw.kind === 'DNAT') return { src: packet.src, dst: rw.after };
  if (rw.kind === 'SNAT') return { src: rw.after, dst: packet.dst };
  return connection(rw.after);
}

const swap = (p: Packet): Packet => ({ src: p.dst, dst: p.src });
const show = (p: Packet) => `${p.src} -> ${p.dst}`;

/** The inverse of one rewrite: undoing a DNAT rewrites the reply's source, undoing an SNAT its destination. */
function inverse(rw: Rewrite, rule: string): Rewrite {
  const kind = rw.kind === 'DNAT' ? 'SNAT' : rw.kind === 'SNAT' ? 'DNAT' : 'proxy';
  const [before, after] =
    rw.kind === 'proxy'
      ? [show(swap(connection(rw.after))), show(swap(connection(rw.before)))]
      : [rw.after, rw.before];
  const undo: Rewrite = { at: rw.at, kind, before, after, by: rw.by, rule, undo: true };
  if (rw.service !== undefined) undo.service = rw.service;
  return undo;
}

/** What the entity that made a group of rewrites shows for the connection. */
function entryRule(
  ctx: WalkContext,
  rw: Rewrite,
  original: Packet,
  translated: Packet,
  to: string,
): string {
  if (rw.by === 'cloud load balancer')
    return lbConnection(ctx.lb, show(original), show(translated), to);
  if (rw.by === 'ingress controller') {
    const remote = original.src.slice(0, original.src.lastIndexOf(':'));
    return accessLog(
      remote,
      `GET ${ctx.scenario.request.path}`,
      200,
      upstreamOf(rw.rule),
      translated.dst,
    );
  }
  return connectionEntry(ctx.scenario.cluster.proxyMode, rw.at, original, swap(translated));
}

/**
 * The undo rewrites for the leg before `next`: the inverses of `next`'s rewrites, last first.
 * Rewrites made at one entity share one connection-table entry.
 */
function undoRewrites(ctx: WalkContext, prev: Leg, next: Leg): Rewrite[] {
  const undone: Rewrite[] = [];
  let packet = prev.packet;
  let i = 0;
  while (i < next.rewrites.length) {
    const at = next.rewrites[i]?.at;
    const group: Rewrite[] = [];
    for (; i < next.rewrites.length && next.rewrites[i]?.at === at; i++)
      group.push(next.rewrites[i] as Rewrite);
    const original = packet;
    for (const rw of group) packet = apply(packet, rw);
    const rule = entryRule(ctx, group[0] as Rewrite, original, packet, next.to);
    undone.push(...group.map((rw) => inverse(rw, rule)));
  }
  return undone.reverse();
}

/**
 * The reply legs for request legs 1..K: leg K's reply first, leg 1's (LB -> client) last.
 * @param ctx - the walk context
 * @param legs - the request legs
 */
export function replyLegs(ctx: WalkContext, legs: readonly Leg[]): Leg[] {
  const replies: Leg[] = [];
  for (let k = legs.length - 1; k >= 0; k--) {
    const leg = legs[k] as Leg;
    const next = legs[k + 1];
    const rewrites = next ? undoRewrites(ctx, leg, next) : [];
    const packet = swap(leg.packet);
    const reply = {
      from: leg.to,
      to: leg.from,
      counted: false,
      via: [...leg.via].reverse(),
      packet,
      rewrites,
    };
    replies.push({ ...reply, note: replyNote(ctx, reply, k === legs.length - 1) });
  }
  return replies;
}
