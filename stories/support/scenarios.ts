/**
 * The bundled scenarios for stories, exactly as the app receives them:
 * `virtual:packetwalk/scenarios` (scenarios/*.yaml loaded by src/model at build time,
 * through the app's scenariosPlugin), walked with src/sim and laid out with src/layout.
 */
import { scenarios } from 'virtual:packetwalk/scenarios';
import type { BundledScenario } from '../../src/app/scenarios/types';
import { computeLayout, computeRoutes, type Layout, type Route } from '../../src/layout';
import type { Scenario } from '../../src/model';
import { type Trace, type TraceModel, walk } from '../../src/sim';

/** The reference canvas of the layout, as the app uses it; the SVG scales to its frame. */
export const CANVAS = { width: 1600, height: 900 } as const;

/** The scenario the quiz is about, the default of every `scenario` arg. */
export const DEFAULT_SCENARIO = 'rabbit-hole';

/** Every bundled scenario, in the app's teaching order. */
export const BUNDLED: readonly BundledScenario[] = scenarios;

/** `metadata.name` of every bundled scenario that loads, for `scenario` select controls. */
export const SCENARIO_NAMES: readonly string[] = BUNDLED.filter((s) => s.result.ok).map(
  (s) => s.name,
);

/**
 * A bundled scenario by name.
 * @param name - its `metadata.name`
 * @returns the loaded scenario
 * @throws when no bundled scenario of that name loads (a story's arg is wrong)
 */
export function bundledScenario(name: string): Scenario {
  const entry = BUNDLED.find((s) => s.name === name);
  if (entry?.result.ok) return entry.result.scenario;
  throw new Error(`no bundled scenario named ${name} loads; known: ${SCENARIO_NAMES.join(', ')}`);
}

/** Everything a diagram needs for one scenario, model and reply setting. */
export interface Walked {
  scenario: Scenario;
  trace: Trace;
  layout: Layout;
  routes: Route[];
}

const cache = new WeakMap<Scenario, Map<string, Walked>>();

/**
 * Walks and lays out a scenario (cached per scenario object, model and reply).
 * @param scenario - a loaded scenario
 * @param model - real or naive
 * @param reply - with the reply legs
 * @returns trace, layout and routes
 */
export function walked(scenario: Scenario, model: TraceModel, reply: boolean): Walked {
  let byKey = cache.get(scenario);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(scenario, byKey);
  }
  const key = `${model}:${reply}`;
  let hit = byKey.get(key);
  if (hit === undefined) {
    const trace = walk(scenario, { model, reply });
    const layout = computeLayout(scenario, { ...CANVAS, model });
    hit = { scenario, trace, layout, routes: computeRoutes(layout, trace) };
    byKey.set(key, hit);
  }
  return hit;
}

/**
 * A bundled scenario, walked and laid out.
 * @param name - its `metadata.name`
 * @param model - real or naive
 * @param reply - with the reply legs
 * @returns trace, layout and routes
 */
export function walkedBundled(name: string, model: TraceModel, reply: boolean): Walked {
  return walked(bundledScenario(name), model, reply);
}
