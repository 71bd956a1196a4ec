/**
 * The args every scenario-driven story shares (STYLE.md §6: a `scenario` and a `stepIndex`,
 * fixed width and height), their controls, and how they become a walked scenario.
 */
import type { TraceModel } from '../../src/sim';
import { DEFAULT_SCENARIO, SCENARIO_NAMES, type Walked, walkedBundled } from './scenarios';

/** Which scenario, which walk, which step. */
export interface ScenarioArgs {
  /** A bundled scenario's `metadata.name`. */
  scenario: string;
  /** The step shown: 0 = the packet waits at the client; clamped to the walk. */
  stepIndex: number;
  /** The real walk, or the naive picture with the Service as a hop. */
  model: TraceModel;
  /** With the reply legs. */
  reply: boolean;
}

/** A fixed size, so screenshots are stable. */
export interface SizeArgs {
  /** Width in CSS pixels. */
  width: number;
  /** Height in CSS pixels. */
  height: number;
}

/** Longest walk of the bundled scenarios (naive, with replies), for the step slider. */
export const MAX_STEP = 12;

/** Default {@link ScenarioArgs}: the quiz at its answer. */
export const DEFAULT_SCENARIO_ARGS: ScenarioArgs = {
  scenario: DEFAULT_SCENARIO,
  stepIndex: 4,
  model: 'real',
  reply: false,
};

/** Controls of {@link ScenarioArgs}. */
export const scenarioArgTypes = {
  scenario: {
    control: 'select',
    options: [...SCENARIO_NAMES],
    description: 'A bundled scenario (scenarios/*.yaml), by metadata.name',
  },
  stepIndex: {
    control: { type: 'range', min: 0, max: MAX_STEP, step: 1 },
    description: 'The step shown (0 = at the client); past the last step shows the last',
  },
  model: {
    control: 'inline-radio',
    options: ['real', 'naive'],
    description: 'real: a Service is a rewrite rule; naive: the common wrong picture',
  },
  reply: { control: 'boolean', description: 'Append the reply legs' },
} as const;

/** Controls of {@link SizeArgs}. */
export const sizeArgTypes = {
  width: { control: { type: 'number', min: 240, max: 1920, step: 10 } },
  height: { control: { type: 'number', min: 120, max: 1200, step: 10 } },
} as const;

/** Args of a side panel's stories: a scenario at a step, in a fixed-size frame. */
export interface PanelStoryArgs extends ScenarioArgs, SizeArgs {}

/** Default args of the panel stories: the quiz at its answer, in a side-panel-sized frame. */
export const PANEL_STORY_ARGS: PanelStoryArgs = {
  ...DEFAULT_SCENARIO_ARGS,
  width: 440,
  height: 360,
};

/** Controls of {@link PanelStoryArgs}. */
export const panelStoryArgTypes = { ...scenarioArgTypes, ...sizeArgTypes };

/**
 * Clamps a step to a walk.
 * @param stepIndex - the wanted step
 * @param stepCount - the walk's legs
 * @returns 0..stepCount
 */
export function clampStep(stepIndex: number, stepCount: number): number {
  if (!Number.isFinite(stepIndex)) return 0;
  return Math.max(0, Math.min(stepCount, Math.round(stepIndex)));
}

/**
 * The walked scenario and the clamped step of a story's args.
 * @param args - the story's args
 * @returns the walk and the step to show
 */
export function resolveScenarioArgs(args: ScenarioArgs): { walked: Walked; step: number } {
  const walked = walkedBundled(args.scenario, args.model, args.reply);
  return { walked, step: clampStep(args.stepIndex, walked.trace.steps.length) };
}
