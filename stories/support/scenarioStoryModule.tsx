/**
 * What a generated scenario story module (.storybook/scenarioStories) imports: its render
 * and play functions. Kept apart from the component, so the component's file stays a React
 * Fast Refresh boundary.
 */
import type { StoryContext } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { BundledScenario } from '../../src/app/scenarios/types';
import { clampStep } from './args';
import { expectStepOnScreen } from './expectations';
import { ScenarioStory, type ScenarioStoryArgs } from './ScenarioStory';
import { walked as walk } from './scenarios';

/**
 * The generated stories' render function.
 * @param entry - the pre-loaded file
 * @param args - the story's args
 * @returns the story element
 */
export function renderScenarioStory(entry: BundledScenario, args: ScenarioStoryArgs) {
  return <ScenarioStory entry={entry} {...args} />;
}

/**
 * The generated stories' play function: the step is on screen as the screen contract says
 * (see expectStepOnScreen), or the file's diagnostics are, as an alert.
 * @param entry - the pre-loaded file
 * @param context - the story context
 */
export async function checkScenarioStory(
  entry: BundledScenario,
  context: Pick<StoryContext, 'canvasElement' | 'args'>,
) {
  const { canvasElement } = context;
  const args = context.args as unknown as ScenarioStoryArgs;
  if (!entry.result.ok) {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(`scenarios/${entry.fileName} did not load`);
    return;
  }
  const { trace } = walk(entry.result.scenario, args.model, args.reply);
  await expectStepOnScreen(canvasElement, trace, clampStep(args.stepIndex, trace.steps.length));
}
