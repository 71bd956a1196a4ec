/** The expected walk of a bundled scenario, computed in Node with the same loader and engine the app uses. */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../../src/model';
import { type Trace, type TraceModel, walk } from '../../../src/sim';

/**
 * Loads scenarios/<name>.yaml and walks it.
 * @param name - the scenario's metadata.name (= its file name)
 * @param model - real or naive
 * @param reply - with the reply legs
 */
export function expectedTrace(name: string, model: TraceModel = 'real', reply = false): Trace {
  const loaded = loadScenario(readFileSync(`scenarios/${name}.yaml`, 'utf8'), { fileName: name });
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return walk(loaded.scenario, { model, reply });
}

/** Every `ip:port` (or `src -> dst`) text that must be on screen while step `n` is shown. */
export function textsOnScreen(trace: Trace, n: number): string[] {
  const step = trace.steps[n - 1];
  if (!step) return [];
  const texts = [step.packet.src, step.packet.dst];
  for (const rw of step.rewrites) {
    for (const value of [rw.before, rw.after]) texts.push(...value.split(' -> '));
  }
  return [...new Set(texts)];
}
