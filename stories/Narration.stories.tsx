import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Narration } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

const meta = {
  title: 'Panels/Narration',
  render: (args) => (
    <PanelStory
      args={args}
      panel={(w, step) => (
        <Narration
          trace={w.trace}
          step={step}
          notes={w.scenario.notes}
          question={w.scenario.metadata.question}
        />
      )}
    />
  ),
  args: { ...PANEL_STORY_ARGS, height: 300 },
  argTypes: panelStoryArgTypes,
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const live = canvasElement.querySelector('[aria-live="polite"]');
    const leg = w.trace.steps[step - 1];
    await expect(live).toHaveTextContent(leg ? leg.note : 'The packet waits at the client.');
  },
  parameters: {
    docs: {
      description: {
        component:
          "The step in words (the trace's note and presenter notes), in an aria-live region.",
      },
    },
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Step 0: the scenario's question and how to start. */
export const Start: Story = {
  args: { stepIndex: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText('How many hops from the load balancer to the pod?'),
    ).toBeVisible();
    await expect(canvasElement.querySelector('[aria-live="polite"]')).not.toBeNull();
  },
};

/** The NodePort step, with the presenter's note. */
export const WithPresenterNote: Story = {
  args: { stepIndex: 3 },
  play: async ({ canvasElement }) => {
    const live = canvasElement.querySelector('[aria-live="polite"]');
    await expect(live).toHaveTextContent('Step 3 of 4');
    await expect(live).toHaveTextContent("Presenter's note");
  },
};

/** A reply leg. */
export const Reply: Story = { args: { reply: true, stepIndex: 7 } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { stepIndex: 3 } };
