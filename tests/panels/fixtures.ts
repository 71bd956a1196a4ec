/**
 * Scenarios from scenarios/, loaded with the real loader and walked, for the panel tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, type Scenario } from '../../src/model';
import { type Trace, type WalkOptions, walk } from '../../src/sim';

const DIR = join(import.meta.dirname, '..', '..', 'scenarios');

/**
 * Loads a bundled scenario file.
 * @param name - the file name without `.yaml`
 * @returns the scenario (the test fails when it does not load)
 */
export function loadFixture(name: string): Scenario {
  const fileName = `${name}.yaml`;
  const result = loadScenario(readFileSync(join(DIR, fileName), 'utf8'), { fileName });
  if (!result.ok) throw new Error(`${fileName} does not load: ${result.diagnostics[0]?.message}`);
  return result.scenario;
}

/**
 * Loads and walks a bundled scenario.
 * @param name - the file name without `.yaml`
 * @param options - model and reply
 * @returns the trace
 */
export function traceOf(name: string, options: WalkOptions = {}): Trace {
  return walk(loadFixture(name), options);
}
