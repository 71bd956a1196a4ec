/**
 * Diagram test fixtures: a bundled (or generated) scenario loaded, walked, laid out and routed
 * exactly as the app does it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  computeLayout,
  computeRoutes,
  type Layout,
  type LayoutOptions,
  type Route,
} from '../../src/layout';
import { loadScenario, type Scenario } from '../../src/model';
import { type Trace, walk } from '../../src/sim';
import { generateClusterYaml } from '../support/generateCluster';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');

/** Names of the bundled scenarios (file names without `.yaml`). */
export const SCENARIOS = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

/** Everything NetworkDiagram takes, built from one scenario. */
export interface Built {
  scenario: Scenario;
  layout: Layout;
  trace: Trace;
  routes: Route[];
}

/**
 * Loads a scenario from YAML text.
 * @param text - the YAML
 */
export function parse(text: string): Scenario {
  const result = loadScenario(text);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.scenario;
}

const cache = new Map<string, Built>();

function readScenario(name: string): Scenario {
  const text =
    name === 'generated-50'
      ? generateClusterYaml(50, 2)
      : readFileSync(join(dir, `${name}.yaml`), 'utf8');
  return parse(text);
}

/**
 * A bundled scenario laid out with other layout options (not cached).
 * @param name - scenario file name without `.yaml`
 * @param options - layout options (`aspect`, `minFontSize`, …), the trace's model and replies
 */
export function buildWith(name: string, options: LayoutOptions & { reply?: boolean } = {}): Built {
  const { reply = true, ...layoutOptions } = options;
  const scenario = readScenario(name);
  const layout = computeLayout(scenario, layoutOptions);
  const trace = walk(scenario, { model: layout.model, reply });
  return { scenario, layout, trace, routes: computeRoutes(layout, trace) };
}

/**
 * A bundled scenario (or `generated-50`, a 50-node cluster), walked and laid out at 1600x900
 * (the default `minFontSize`).
 * @param name - scenario file name without `.yaml`
 * @param options - model and reply legs (default: real, with replies)
 */
export function build(
  name: string,
  options: { model?: 'real' | 'naive'; reply?: boolean } = {},
): Built {
  const model = options.model ?? 'real';
  const reply = options.reply ?? true;
  const key = `${name}:${model}:${reply}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const scenario = readScenario(name);
  const layout = computeLayout(scenario, { width: 1600, height: 900, model });
  const trace = walk(scenario, { model, reply });
  const built = { scenario, layout, trace, routes: computeRoutes(layout, trace) };
  cache.set(key, built);
  return built;
}
