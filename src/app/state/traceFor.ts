/**
 * The walk of a scenario, memoised per scenario object, model and reply: the controller
 * computes it ahead of React (to size the player) and the render reuses the same Trace.
 */
import type { Scenario } from '../../model';
import { type Trace, type TraceModel, walk } from '../../sim';

const cache = new WeakMap<Scenario, Map<string, Trace>>();

/**
 * Walks a scenario (cached).
 * @param scenario - the scenario, or null when none loaded
 * @param model - real or naive
 * @param reply - with the reply legs
 * @returns the trace, or null without a scenario
 */
export function traceFor(
  scenario: Scenario | null,
  model: TraceModel,
  reply: boolean,
): Trace | null {
  if (scenario === null) return null;
  let byOptions = cache.get(scenario);
  if (byOptions === undefined) {
    byOptions = new Map();
    cache.set(scenario, byOptions);
  }
  const key = `${model}:${reply ? 'reply' : 'request'}`;
  let trace = byOptions.get(key);
  if (trace === undefined) {
    trace = walk(scenario, { model, reply });
    byOptions.set(key, trace);
  }
  return trace;
}
