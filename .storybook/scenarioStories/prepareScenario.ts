/**
 * Loaded through Vite's module runner by `scenarioStoriesPlugin` (Node only): one scenario
 * file, loaded with the app's own build-time loader and walked, as the CSF module needs it.
 */
import { bundleScenario } from '../../src/app/build/index.ts';
import type { BundledScenario } from '../../src/app/scenarios/types';
import { loadScenario } from '../../src/model/index.ts';
import { walk } from '../../src/sim/index.ts';

/** How many legs each generated story's walk has (its last step). */
export interface StepCounts {
  /** The real request walk. */
  real: number;
  /** The naive picture (a ClusterIP Service drawn as a hop). */
  naive: number;
  /** The real walk with its reply legs. */
  reply: number;
}

/** One file, ready to be turned into stories. */
export interface PreparedScenario {
  /** The file as the app bundles it: the loader's verdict included. */
  entry: BundledScenario;
  /** Leg counts; all 0 when the file did not load. */
  counts: StepCounts;
}

/**
 * Loads and walks one scenario file.
 * @param fileName - the file's name inside `scenarios/`
 * @param text - its YAML text
 * @returns the bundled entry and the leg count of each walk
 */
export function prepareScenario(fileName: string, text: string): PreparedScenario {
  const entry = bundleScenario(fileName, text, loadScenario);
  if (!entry.result.ok) return { entry, counts: { real: 0, naive: 0, reply: 0 } };
  const { scenario } = entry.result;
  const legs = (model: 'real' | 'naive', reply: boolean) =>
    walk(scenario, { model, reply }).steps.length;
  return {
    entry,
    counts: { real: legs('real', false), naive: legs('naive', false), reply: legs('real', true) },
  };
}
