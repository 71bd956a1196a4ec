import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CurrentStep, hopLabel, outcomeAt, stepHeadline } from '../src/modes';
import { legAt } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

const meta = {
  title: 'Modes/CurrentStep',
  render: (args) => (
    <PanelStory
      args={args}
      panel={(w, step) => (
        <CurrentStep
          trace={w.trace}
          step={step}
          notes={w.scenario.notes}
          question={w.scenario.metadata.question}
        />
      )}
    />
  ),
  args: { ...PANEL_STORY_ARGS, stepIndex: 3, width: 760, height: 900 },
  argTypes: panelStoryArgTypes,
  // "Now:" with the step and hop, the speaker's notes for the step (or that there are none),
  // the audience's caption, and the outcome on the last request leg.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const section = within(canvasElement).getByRole('region', { name: /^Now: / });
    await expect(section).toHaveTextContent(`Now: ${stepHeadline(w.trace, step)}`);
    const hop = hopLabel(w.trace, step);
    if (hop) await expect(section).toHaveTextContent(hop);
    const notes = w.scenario.notes.filter((n) => n.step === step);
    if (notes.length === 0) await expect(section).toHaveTextContent('No presenter note');
    for (const note of notes) await expect(section).toHaveTextContent(note.text);
    const leg = legAt(w.trace, step);
    if (leg) await expect(section).toHaveTextContent(leg.note);
    const outcome = outcomeAt(w.trace, step);
    if (outcome) await expect(section).toHaveTextContent(`Outcome: ${outcome}`);
  },
  parameters: {
    docs: {
      description: {
        component:
          "The presenter view's current step (src/modes/presenter/CurrentStep): where and which hop, the speaker's notes in large type, the audience's caption, then the packet, its rewrites and the rules behind them.",
      },
    },
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The quiz at hop 2: the speaker's note explains the DNAT and the SNAT. */
export const HopTwo: Story = {
  play: async ({ canvasElement }) => {
    const section = within(canvasElement).getByRole('region', { name: /^Now: / });
    await expect(section).toHaveTextContent('Hop 2 of 3');
    await expect(section).toHaveTextContent('The client IP is gone.');
  },
};

/** Step 0: no note; the audience reads the question. */
export const Start: Story = {
  args: { stepIndex: 0, height: 420 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('No presenter note for this step.');
    await expect(canvasElement).toHaveTextContent(
      'How many hops from the load balancer to the pod?',
    );
  },
};

/** The answer: three hops in all, and the outcome. */
export const Answer: Story = { args: { stepIndex: 4 } };

/** A reply leg: conntrack undoes the NAT. */
export const Reply: Story = { args: { reply: true, stepIndex: 7 } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast. */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
