import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { isOutcomeReached, OutcomePanel, summarizeOutcome } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

const meta = {
  title: 'Panels/OutcomePanel',
  render: (args) => (
    <PanelStory
      args={args}
      panel={(w, step) => (
        <OutcomePanel trace={w.trace} step={step} summary={w.scenario.metadata.description} />
      )}
    />
  ),
  args: { ...PANEL_STORY_ARGS, stepIndex: 12, height: 340 },
  argTypes: panelStoryArgTypes,
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const region = within(canvasElement).queryByRole('region', { name: 'Outcome' });
    if (!isOutcomeReached(w.trace, step)) return expect(region).toBeNull();
    await expect(region).toHaveTextContent(summarizeOutcome(w.trace).label);
  },
  parameters: {
    docs: {
      description: {
        component:
          'How the walk ended, in colour, icon and words, with the reason; nothing before the last request leg.',
      },
    },
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const outcome = (root: HTMLElement) => within(root).getByRole('region', { name: 'Outcome' });

/** Delivered to a red pod. */
export const Delivered: Story = {
  play: async ({ canvasElement }) => {
    await expect(outcome(canvasElement)).toHaveTextContent('red-1');
  },
};

/** No Ingress rule matches: 404 from the controller. */
export const NotFound: Story = {
  args: { scenario: 'path-miss-404' },
  play: async ({ canvasElement }) => {
    await expect(outcome(canvasElement)).toHaveTextContent('404');
  },
};

/** The backend Service has no endpoints: 503. */
export const ServiceUnavailable: Story = {
  args: { scenario: 'no-endpoints-503' },
  play: async ({ canvasElement }) => {
    await expect(outcome(canvasElement)).toHaveTextContent('503');
  },
};

/** externalTrafficPolicy Local and no healthy target: dropped. */
export const Dropped: Story = { args: { scenario: 'local-outage' } };

/** No ingress controller pod: the NodePort rejects. */
export const Rejected: Story = { args: { scenario: 'ingress-down' } };

/** The naive picture, with its caveat. */
export const Naive: Story = { args: { model: 'naive' } };

/** Before the last request leg the panel renders nothing. */
export const NotYet: Story = {
  args: { stepIndex: 2, height: 120 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region', { name: 'Outcome' })).toBeNull();
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { scenario: 'path-miss-404' } };

/** High contrast (talk mode). */
export const HighContrast: Story = {
  globals: { theme: 'contrast' },
  args: { scenario: 'no-endpoints-503' },
};
