import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SPEEDS } from '../src/player';
import { PlayerDemo, type PlayerDemoProps } from './support/PlayerDemo';
import { DEFAULT_SCENARIO, SCENARIO_NAMES } from './support/scenarios';

const meta = {
  title: 'Player/Player',
  component: PlayerDemo,
  // Remount on a new scenario or walk: the player reads its first step and speed at mount.
  render: (args) => (
    <PlayerDemo
      key={`${args.scenario}:${args.model}:${args.reply}:${args.stepIndex}:${args.speed}`}
      {...args}
    />
  ),
  args: {
    scenario: DEFAULT_SCENARIO,
    model: 'real',
    reply: false,
    stepIndex: 0,
    speed: 1,
    reducedMotion: false,
    width: 1280,
    height: 800,
  },
  argTypes: {
    scenario: { control: 'select', options: [...SCENARIO_NAMES] },
    model: { control: 'inline-radio', options: ['real', 'naive'] },
    stepIndex: { control: { type: 'range', min: 0, max: 12, step: 1 } },
    speed: { control: 'select', options: [...SPEEDS] },
  },
  // The one story that plays: framer-motion is not told to skip animations here.
  parameters: { layout: 'fullscreen', motion: 'live' },
  play: async ({ canvasElement, args }) => {
    const svg = canvasElement.querySelector('svg.pw-diagram');
    await expect(svg).toHaveAttribute('data-step', String(args.stepIndex));
    const position = args.stepIndex === 0 ? 'Start' : `Step ${args.stepIndex} of`;
    await expect(
      within(canvasElement).getByRole('group', { name: 'Player controls' }),
    ).toHaveTextContent(position);
  },
} satisfies Meta<PlayerDemoProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const hopCounter = (root: HTMLElement) => within(root).getByRole('region', { name: 'Hop counter' });

/**
 * The interactive player. Its test steps to the end with "Next step", reads the answer,
 * then goes back to the NodePort step and reads kube-proxy's DNAT and its rules.
 */
export const Player: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const next = canvas.getByRole('button', { name: 'Next step' });
    await step('Next step to the end', async () => {
      for (let i = 0; i < 4; i++) await userEvent.click(next);
      await expect(next).toHaveAttribute('aria-disabled', 'true');
      await expect(hopCounter(canvasElement)).toHaveTextContent('3 hops');
      await expect(canvasElement.querySelector('svg.pw-diagram')).toHaveAttribute('data-step', '4');
    });
    await step('Back to the NodePort step', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Previous step' }));
      await expect(canvas.getByText('Step 3 of 4')).toBeVisible();
      const rewrites = canvas.getByRole('region', { name: 'Rewrites' });
      const dnat = within(rewrites).getAllByRole('listitem')[0] as HTMLElement;
      await expect(dnat).toHaveTextContent('DNAT');
      await expect(dnat).toHaveTextContent(
        /192\.168\.10\.13:32000\s*→\s*becomes\s*10\.244\.1\.5:80/,
      );
      const rules = canvas.getByRole('region', { name: 'Rule' }).textContent ?? '';
      await expect(rules).toContain('-A KUBE-NODEPORTS');
      await expect(rules).toMatch(
        /-A KUBE-SEP-[A-Z0-9]{16} .*-j DNAT --to-destination 10\.244\.1\.5:80/,
      );
    });
  },
};

/** Keyboard stepping: End, ←, Home, → and the shortcuts overlay (? and Escape). */
export const Keyboard: Story = {
  play: async ({ canvasElement, step }) => {
    const svg = () => canvasElement.querySelector('svg.pw-diagram');
    await step('End: the answer', async () => {
      await userEvent.keyboard('{End}');
      await expect(svg()).toHaveAttribute('data-step', '4');
      await expect(hopCounter(canvasElement)).toHaveTextContent('3 hops');
    });
    await step('←: one step back', async () => {
      await userEvent.keyboard('{ArrowLeft}');
      await expect(svg()).toHaveAttribute('data-step', '3');
    });
    await step('Home, then →: the first leg', async () => {
      await userEvent.keyboard('{Home}');
      await expect(hopCounter(canvasElement)).toHaveTextContent('Not sent yet');
      await userEvent.keyboard('{ArrowRight}');
      await expect(svg()).toHaveAttribute('data-step', '1');
      await expect(hopCounter(canvasElement)).toHaveTextContent('Before the load balancer');
    });
    await step('? opens the shortcuts, Escape closes them', async () => {
      await userEvent.keyboard('?');
      const body = within(canvasElement.ownerDocument.body);
      await expect(body.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await userEvent.keyboard('{Escape}');
      await expect(body.queryByRole('dialog')).toBeNull();
    });
    // At rest, so axe sees a still page.
    await userEvent.keyboard('{End}');
  },
};

/** Reduced motion: every step lands at once. */
export const ReducedMotion: Story = { args: { reducedMotion: true, stepIndex: 2 } };

/** With the reply legs, half way through. */
export const WithReply: Story = { args: { reply: true, stepIndex: 5 } };
