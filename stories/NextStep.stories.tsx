import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { hopLabel, NextStep, stepHeadline } from '../src/modes';
import { legAt } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

const meta = {
  title: 'Modes/NextStep',
  render: (args) => (
    <PanelStory
      args={args}
      panel={(w, step) => <NextStep trace={w.trace} step={step} notes={w.scenario.notes} />}
    />
  ),
  args: { ...PANEL_STORY_ARGS, stepIndex: 2, width: 560, height: 320 },
  argTypes: panelStoryArgTypes,
  // What the next key press shows: its headline and hop, its caption, one line per rewrite,
  // and the speaker's first note for it; after the last step, the walk's outcome.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const section = within(canvasElement).getByRole('region', { name: /^Next: / });
    const next = legAt(w.trace, step + 1);
    if (next === undefined) {
      await expect(section).toHaveTextContent('Next: the end of the walk');
      await expect(section).toHaveTextContent(`Outcome: ${w.trace.outcome}.`);
      return;
    }
    await expect(section).toHaveTextContent(`Next: ${stepHeadline(w.trace, step + 1)}`);
    const hop = hopLabel(w.trace, step + 1);
    if (hop) await expect(section).toHaveTextContent(hop);
    await expect(section).toHaveTextContent(next.note);
    await expect(section.querySelectorAll('li')).toHaveLength(next.rewrites.length);
    const note = w.scenario.notes.find((n) => n.step === step + 1);
    if (note) await expect(section).toHaveTextContent(`Your note ${note.text}`);
  },
  parameters: {
    docs: {
      description: {
        component:
          "The presenter view's next step (src/modes/presenter/NextStep): what the next key press will show, its hop, the rewrites it brings and the speaker's first note for it; after the last step, the walk's outcome.",
      },
    },
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** At hop 1, the next press brings node-3's DNAT and SNAT. */
export const BeforeHopTwo: Story = {
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items[0]).toHaveTextContent(
      'DNAT 192.168.10.13:32000 → 10.244.1.5:80 by kube-proxy',
    );
    await expect(items[1]).toHaveTextContent('SNAT 203.0.113.50:51000 → 192.168.10.13:39605');
  },
};

/** At the start: the next press sends the packet to the load balancer (not a hop). */
export const AtTheStart: Story = {
  args: { stepIndex: 0 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Not a hop: before the load balancer');
  },
};

/** Before hop 3: nginx's new connection (⇒). */
export const BeforeTheProxy: Story = { args: { stepIndex: 3 } };

/** After the last step: the end of the walk and its outcome. */
export const AtTheEnd: Story = {
  args: { stepIndex: 4, height: 200 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Outcome: delivered to red-1.');
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast. */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
