import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { formatHops, HopCounter, lastRequestStep } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

function counter(root: HTMLElement) {
  return within(root).getByRole('region', { name: 'Hop counter' });
}

const meta = {
  title: 'Panels/HopCounter',
  render: (args) => (
    <PanelStory args={args} panel={(w, step) => <HopCounter trace={w.trace} step={step} />} />
  ),
  args: { ...PANEL_STORY_ARGS, height: 200 },
  argTypes: panelStoryArgTypes,
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const value = counter(canvasElement).querySelector('.pw-hopcount__value');
    await expect(value).toHaveTextContent(/\S/);
    if (step === lastRequestStep(w.trace)) {
      await expect(value).toHaveTextContent(formatHops(w.trace.hops));
    }
  },
  parameters: {
    docs: { description: { component: "The quiz's counter: hops from the load balancer on." } },
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Step 0: nothing sent yet. */
export const Start: Story = {
  args: { stepIndex: 0 },
  play: async ({ canvasElement }) => {
    await expect(counter(canvasElement)).toHaveTextContent('Not sent yet');
  },
};

/** Client to load balancer: before the count starts. */
export const BeforeTheLoadBalancer: Story = {
  args: { stepIndex: 1 },
  play: async ({ canvasElement }) => {
    await expect(counter(canvasElement)).toHaveTextContent('Before the load balancer: not a hop');
  },
};

/** A counted hop on the way. */
export const Hop: Story = {
  args: { stepIndex: 3 },
  play: async ({ canvasElement }) => {
    await expect(counter(canvasElement)).toHaveTextContent('Hop 2 of 3');
  },
};

/** The answer, in big type. */
export const Answer: Story = {
  play: async ({ canvasElement }) => {
    await expect(counter(canvasElement)).toHaveTextContent('3 hops');
  },
};

/** The naive picture counts the Service: four. */
export const Naive: Story = {
  args: { model: 'naive', stepIndex: 5 },
  play: async ({ canvasElement }) => {
    await expect(counter(canvasElement)).toHaveTextContent('4 hops');
    await expect(counter(canvasElement)).toHaveTextContent('Naive picture');
  },
};

/** On the way back: replies are not hops. */
export const Reply: Story = {
  args: { reply: true, stepIndex: 6 },
  play: async ({ canvasElement }) => {
    await expect(counter(canvasElement)).toHaveTextContent('Replies are not hops');
  },
};

/** A walk that ends with a 404 at the controller. */
export const Undelivered: Story = { args: { scenario: 'path-miss-404', stepIndex: 3 } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
