/**
 * The CSF module a scenario file becomes: a default export titled `Scenarios/<metadata.name>`
 * and one story per entry of {@link SCENARIO_STORIES}, each rendering the shared
 * ScenarioStory component (stories/support/ScenarioStory.tsx, through scenarioStoryModule.tsx) from the pre-loaded scenario.
 * Plain JavaScript, statically analysable (Storybook's CSF parser and addon-vitest's test
 * transform both read it).
 */
import type { PreparedScenario, StepCounts } from './prepareScenario.ts';

/** One story every scenario file gets. */
export interface ScenarioStorySpec {
  /** The export name (the story's name in the sidebar). */
  exportName: string;
  /** Real walk or the naive picture. */
  model: 'real' | 'naive';
  /** With the reply legs. */
  reply: boolean;
  /** The step shown: a number, or `end` for the walk's last step. */
  step: number | 'end';
}

/** The stories of every scenario file, in sidebar order. */
export const SCENARIO_STORIES: readonly ScenarioStorySpec[] = [
  { exportName: 'Walk', model: 'real', reply: false, step: 'end' },
  { exportName: 'Start', model: 'real', reply: false, step: 0 },
  { exportName: 'Naive', model: 'naive', reply: false, step: 'end' },
  { exportName: 'Reply', model: 'real', reply: true, step: 'end' },
];

/** What {@link renderScenarioCsf} needs. */
export interface ScenarioCsfInput {
  /** The stories' title, e.g. `Scenarios/rabbit-hole` (see scenarioTitle.ts). */
  title: string;
  /** The loaded file and its leg counts. */
  prepared: PreparedScenario;
  /** Import specifier of stories/support/scenarioStoryModule.tsx, relative to the YAML file. */
  componentModule: string;
}

function legCount(spec: ScenarioStorySpec, counts: StepCounts): number {
  if (spec.reply) return counts.reply;
  return spec.model === 'naive' ? counts.naive : counts.real;
}

function renderStory(spec: ScenarioStorySpec, counts: StepCounts): string {
  const max = legCount(spec, counts);
  const step = spec.step === 'end' ? max : Math.min(spec.step, max);
  const args = { model: spec.model, reply: spec.reply, stepIndex: step };
  const argTypes = { stepIndex: { control: { type: 'range', min: 0, max, step: 1 } } };
  return `export const ${spec.exportName} = { args: ${JSON.stringify(args)}, argTypes: ${JSON.stringify(argTypes)} };\n`;
}

/**
 * Writes the CSF module of one scenario file.
 * @param input - title, the prepared scenario and where the shared component lives
 * @returns ES module source
 */
export function renderScenarioCsf({ title, prepared, componentModule }: ScenarioCsfInput): string {
  const { entry, counts } = prepared;
  const summary = [entry.fileName, entry.title, entry.question].filter(Boolean).join(' · ');
  const parameters = {
    layout: 'fullscreen',
    scenarioFile: entry.fileName,
    docs: { description: { component: summary } },
  };
  return [
    `import { checkScenarioStory, renderScenarioStory } from ${JSON.stringify(componentModule)};\n`,
    `const entry = JSON.parse(${JSON.stringify(JSON.stringify(entry))});\n`,
    'export default {\n',
    `  title: ${JSON.stringify(title)},\n`,
    '  render: (args) => renderScenarioStory(entry, args),\n',
    '  play: (context) => checkScenarioStory(entry, context),\n',
    `  parameters: ${JSON.stringify(parameters)},\n`,
    '};\n',
    ...SCENARIO_STORIES.map((spec) => renderStory(spec, counts)),
  ].join('');
}
