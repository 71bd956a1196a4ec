/**
 * The load balancer's choice of target node (DESIGN.md "Semantics"; DOMAIN.md §5, §9):
 * under externalTrafficPolicy Local with a health check, nodes without a local endpoint
 * fail the check and are skipped.
 */
import type { Node } from '../../model/query';
import type { PoolEntry } from '../rules/loadBalancer';
import { invariant } from './context';
import type { WalkContext } from './types';

/**
 * Every LB target with its health mark, in `loadBalancer.targets` order.
 * @param ctx - the walk context
 */
export function targetPool(ctx: WalkContext): PoolEntry[] {
  const local = ctx.front.service.externalTrafficPolicy === 'Local';
  return ctx.lb.targets.map((name) => {
    const node = invariant(ctx.index.nodes.get(name), `loadBalancer target ${name}`);
    if (!ctx.lb.healthCheck) return { node, health: 'unchecked' };
    // DOMAIN.md §5: a TCP check on the NodePort fails where Local policy drops, and only there.
    if (local && !ctx.frontNodes.has(name)) return { node, health: 'unhealthy' };
    return { node, health: 'healthy' };
  });
}

/** The LB's pick, and the requested target when it had to be passed over. */
export interface TargetChoice {
  node: Node;
  /** `request.choose.target` when it named a target that failed the health check. */
  passedOver?: string;
}

/**
 * Picks the target: `request.choose.target` when it is usable, else the first usable one.
 * @param ctx - the walk context
 * @param pool - from {@link targetPool}
 * @returns the choice, or `undefined` when no target passes the health check
 */
export function pickTarget(ctx: WalkContext, pool: readonly PoolEntry[]): TargetChoice | undefined {
  const usable = pool.filter((t) => t.health !== 'unhealthy');
  const wanted = ctx.scenario.request.choose.target;
  const picked = usable.find((t) => t.node.name === wanted) ?? usable[0];
  if (!picked) return undefined;
  const passedOver = wanted !== undefined && wanted !== picked.node.name ? wanted : undefined;
  return passedOver === undefined ? { node: picked.node } : { node: picked.node, passedOver };
}
