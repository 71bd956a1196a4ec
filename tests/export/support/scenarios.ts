/** Bundled scenarios for export tests: loaded and walked as the app and the CLI do. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, type Scenario } from '../../../src/model';
import { type Trace, walk } from '../../../src/sim';

/** The scenarios folder. */
export const SCENARIO_DIR = join(import.meta.dirname, '..', '..', '..', 'scenarios');

/** File names (without `.yaml`) of the bundled scenarios. */
export const SCENARIO_NAMES = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort();

/**
 * A bundled scenario and its walk.
 * @param name - file name without `.yaml`
 * @param options - model and reply legs
 */
export function scenarioAndTrace(
  name: string,
  options: { model?: 'real' | 'naive'; reply?: boolean } = {},
): { scenario: Scenario; trace: Trace } {
  const result = loadScenario(readFileSync(join(SCENARIO_DIR, `${name}.yaml`), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not load`);
  return { scenario: result.scenario, trace: walk(result.scenario, options) };
}
