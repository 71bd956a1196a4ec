/**
 * `walk()`: the packet walk, Scenario -> Trace (DESIGN.md "Trace — contract v1").
 */
import type { Scenario } from '../../model/query';
import type { Step, Trace, WalkOptions } from '../types';
import { createWalkContext } from './context';
import { replyLegs } from './reply';
import { requestLegs } from './request';
import type { Leg } from './types';

/** Numbers legs into steps; counted request legs get hop numbers 1..n. */
function toSteps(
  legs: readonly Leg[],
  direction: Step['direction'],
  first: number,
  hop: { n: number },
): Step[] {
  return legs.map((leg, i) => {
    const { from, to, counted, via, packet, rewrites, note } = leg;
    if (counted) hop.n += 1;
    const numbered = counted ? { hop: hop.n } : {};
    return {
      index: first + i,
      from,
      to,
      counted,
      ...numbered,
      via,
      direction,
      packet,
      rewrites,
      note,
    };
  });
}

/**
 * Walks one request through a scenario: the load balancer's target choice, the NodePort
 * translation by the node's proxy mode, the ingress controller's routing, and (with
 * `reply`) the answer back, undoing each translation. Pure and deterministic: the same
 * scenario gives the same trace, and the scenario is not modified.
 * @param scenario - a resolved scenario, as `loadScenario` returns it
 * @param options - `model` (`real` by default, or `naive`: the Service drawn as a hop) and `reply`
 * @returns the trace
 * @example
 * ```ts
 * const loaded = loadScenario(text, { fileName: 'rabbit-hole.yaml' });
 * if (loaded.ok) console.log(walk(loaded.scenario).hops); // 3
 * ```
 */
export function walk(scenario: Scenario, options: WalkOptions = {}): Trace {
  const model = options.model ?? 'real';
  const ctx = createWalkContext(scenario, model);
  const { legs, ending } = requestLegs(ctx);
  const hop = { n: 0 };
  const steps = toSteps(legs, 'request', 1, hop);
  if (options.reply && ending.answered)
    steps.push(...toSteps(replyLegs(ctx, legs), 'reply', steps.length + 1, hop));
  return {
    scenario: scenario.metadata.name,
    model,
    delivered: ending.delivered,
    outcome: ending.outcome,
    hops: hop.n,
    steps,
    end: ending.end,
  };
}
