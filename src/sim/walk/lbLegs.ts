/**
 * The first two legs: client -> load balancer (not counted), load balancer -> node (hop 1,
 * DNAT to the NodePort, and an SNAT when the LB does not preserve the client IP).
 */
import { serviceId } from '../../model/query';
import { ephemeralPort } from '../hash/fnv';
import { forwardingRule, lbSnatRule, type PoolEntry } from '../rules/loadBalancer';
import type { Rewrite } from '../types';
import { clientNote, lbNote } from './notes';
import type { TargetChoice } from './target';
import type { Leg, WalkContext } from './types';

/**
 * The client's leg to the LB.
 * @param ctx - the walk context
 * @param stranded - true when no target is healthy and the connection goes nowhere
 */
export function clientLeg(ctx: WalkContext, stranded: boolean): Leg {
  return {
    from: 'client',
    to: ctx.lb.name,
    counted: false,
    via: [],
    packet: { src: ctx.client, dst: ctx.vip },
    rewrites: [],
    note: clientNote(ctx, stranded),
  };
}

/**
 * The LB's leg to the chosen node's NodePort.
 * @param ctx - the walk context
 * @param choice - the chosen target
 * @param pool - every target with its health mark
 * @param fate - a sentence on what the node then does, when it does not forward
 */
export function lbLeg(
  ctx: WalkContext,
  choice: TargetChoice,
  pool: readonly PoolEntry[],
  fate = '',
): Leg {
  const { lb, vip, client } = ctx;
  const dst = `${choice.node.ip}:${ctx.nodePort}`;
  const by = 'cloud load balancer';
  const rule = forwardingRule(lb, pool, ctx.nodePort, choice.node.name);
  const service = serviceId(ctx.front.service);
  const rewrites: Rewrite[] = [
    { at: lb.name, kind: 'DNAT', before: vip, after: dst, by, rule, service },
  ];
  let src = client;
  if (!lb.preserveClientIP) {
    src = `${lb.ip}:${ephemeralPort(`${lb.name}|${client}|${vip}`)}`;
    const snatRule = lbSnatRule(lb, client, src);
    rewrites.push({
      at: lb.name,
      kind: 'SNAT',
      before: client,
      after: src,
      by,
      rule: snatRule,
      service,
    });
  }
  const note = `${lbNote(ctx, choice, src)}${fate ? ` ${fate}` : ''}`;
  const to = choice.node.name;
  return { from: lb.name, to, counted: true, via: [], packet: { src, dst }, rewrites, note };
}
