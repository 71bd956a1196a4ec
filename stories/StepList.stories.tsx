import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { StepList } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

/** Args of the StepList stories. */
interface StepListStoryArgs extends PanelStoryArgs {
  /** Called with the step a button jumps to. */
  onSelect: (step: number) => void;
}

const meta = {
  title: 'Panels/StepList',
  render: ({ onSelect, ...args }) => (
    <PanelStory
      args={args}
      panel={(w, step) => <StepList trace={w.trace} step={step} onSelect={onSelect} />}
    />
  ),
  args: { ...PANEL_STORY_ARGS, width: 1000, height: 90, onSelect: fn() },
  argTypes: panelStoryArgTypes,
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const buttons = within(canvasElement).getAllByRole('button');
    await expect(buttons).toHaveLength(w.trace.steps.length + 1);
    await expect(buttons[step]).toHaveAttribute('aria-current', 'step');
  },
  parameters: {
    docs: {
      description: {
        component:
          'The timeline: a button per leg with hop and reply badges; the current one is aria-current="step".',
      },
    },
  },
} satisfies Meta<StepListStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** At the start. */
export const Start: Story = { args: { stepIndex: 0 } };

/** At the answer; a click on a step asks to jump there. */
export const Answer: Story = {
  play: async ({ canvasElement, args }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Steps' });
    const buttons = within(nav).getAllByRole('button');
    await expect(buttons).toHaveLength(5);
    await expect(buttons[4]).toHaveAttribute('aria-current', 'step');
    await userEvent.click(buttons[2] as HTMLElement);
    await expect(args.onSelect).toHaveBeenCalledWith(2);
  },
};

/** With the reply legs: eight legs, the reply ones marked. */
export const WithReply: Story = { args: { reply: true, stepIndex: 6 } };

/** The naive picture: one more hop. */
export const Naive: Story = { args: { model: 'naive', stepIndex: 5 } };

/** Dark theme, on a reply leg. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { reply: true, stepIndex: 6 } };

/** High contrast (talk mode), on a reply leg. */
export const HighContrast: Story = {
  globals: { theme: 'contrast' },
  args: { reply: true, stepIndex: 6 },
};
