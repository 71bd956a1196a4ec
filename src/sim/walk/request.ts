/**
 * The request legs, stage by stage: client -> LB -> node -> pod, and, when that pod is an
 * ingress controller, on to the backend.
 */
import { type Pod, serviceId } from '../../model/query';
import type { PoolEntry } from '../rules/loadBalancer';
import { healthReport } from '../rules/loadBalancer';
import { controllerStage } from './controller';
import { clientLeg, lbLeg } from './lbLegs';
import { nodePortLeg, nodeVerdict, refusalEnding } from './nodePort';
import { pickTarget, targetPool } from './target';
import type { StageResult, WalkContext } from './types';

function noHealthyTarget(ctx: WalkContext, pool: readonly PoolEntry[]): StageResult {
  const rule = healthReport(ctx.lb, pool, ctx.nodePort, serviceId(ctx.front.service));
  return {
    legs: [clientLeg(ctx, true)],
    ending: {
      delivered: false,
      outcome: 'dropped: no healthy target',
      end: { kind: 'dropped', at: ctx.lb.name, by: 'cloud load balancer', rule },
      answered: false,
    },
  };
}

/**
 * Walks the request from the client until it is delivered, dropped, rejected or answered.
 * @param ctx - the walk context
 */
export function requestLegs(ctx: WalkContext): StageResult {
  const pool = targetPool(ctx);
  const choice = pickTarget(ctx, pool);
  if (!choice) return noHealthyTarget(ctx, pool);
  const verdict = nodeVerdict(ctx, choice.node);
  if (verdict.kind !== 'forward') {
    const { ending, fate } = refusalEnding(ctx, choice.node, verdict.kind);
    return { legs: [clientLeg(ctx, false), lbLeg(ctx, choice, pool, fate)], ending };
  }
  const toNode = lbLeg(ctx, choice, pool);
  const toPod = nodePortLeg(ctx, choice.node, toNode.packet, verdict.endpoints, verdict.chosen);
  const legs = [clientLeg(ctx, false), toNode, toPod];
  const pod = ctx.index.pods.get(toPod.to) as Pod;
  if (!ctx.controllerPods.has(pod.name)) {
    const end = { kind: 'delivered', at: pod.name } as const;
    return {
      legs,
      ending: { delivered: true, outcome: `delivered to ${pod.name}`, end, answered: true },
    };
  }
  const routed = controllerStage(ctx, pod, toPod);
  if (routed.addendum) toPod.note = `${toPod.note} ${routed.addendum}`;
  return { legs: [...legs, ...routed.legs], ending: routed.ending };
}
