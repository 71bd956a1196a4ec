import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  formatPosition,
  type PlayerAction,
  PlayerControls,
  SPEEDS,
  type Speed,
} from '../src/player';
import { StoryFrame } from './support/StoryFrame';

/** Args of the PlayerControls stories: the player's discrete state, flattened. */
interface ControlsStoryArgs {
  /** Legs in the trace. */
  stepCount: number;
  /** The step shown. */
  step: number;
  /** Autoplay on (the main button reads Pause). */
  playing: boolean;
  /** Playback speed. */
  speed: Speed;
  /** Steps change in place. */
  reducedMotion: boolean;
  /** Accessible name of the group. */
  label: string;
  /** Receives the user's actions. */
  onAction: (action: PlayerAction) => void;
}

const meta = {
  title: 'Player/PlayerControls',
  render: ({ onAction, label, ...state }) => (
    <StoryFrame width={640} height={96} padded>
      <PlayerControls state={state} onAction={onAction} label={label} />
    </StoryFrame>
  ),
  args: {
    stepCount: 4,
    step: 2,
    playing: false,
    speed: 1,
    reducedMotion: false,
    label: 'Player controls',
    onAction: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const group = within(canvasElement).getByRole('group', { name: args.label });
    await expect(group).toHaveTextContent(formatPosition(args));
    const main = within(group).getByRole('button', { name: args.playing ? 'Pause' : 'Play' });
    await expect(main).toBeVisible();
  },
  argTypes: {
    stepCount: { control: { type: 'number', min: 0, max: 12 } },
    step: { control: { type: 'range', min: 0, max: 12, step: 1 } },
    speed: { control: 'select', options: [...SPEEDS] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'First, Previous, Play/Pause, Next, Last, the speed and the position. Data in, actions out.',
      },
    },
  },
} satisfies Meta<ControlsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Half way: every button acts; each sends its action. */
export const Middle: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Step 2 of 4')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Next step' }));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'next' });
    await userEvent.click(canvas.getByRole('button', { name: 'Previous step' }));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'previous' });
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'play' });
  },
};

/** At the start: First and Previous cannot act (but keep the focus). */
export const AtStart: Story = {
  args: { step: 0 },
  play: async ({ canvasElement, args }) => {
    const previous = within(canvasElement).getByRole('button', { name: 'Previous step' });
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(previous);
    await expect(args.onAction).not.toHaveBeenCalled();
  },
};

/** At the end: Next and Last cannot act. */
export const AtEnd: Story = {
  args: { step: 4 },
  play: async ({ canvasElement }) => {
    const next = within(canvasElement).getByRole('button', { name: 'Next step' });
    await expect(next).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Playing: the main button reads Pause. */
export const Playing: Story = {
  args: { playing: true, speed: 1.5 },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Pause' }));
    await expect(args.onAction).toHaveBeenCalledWith({ type: 'pause' });
  },
};

/** Nothing to play: an empty trace. */
export const Empty: Story = { args: { stepCount: 0, step: 0 } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
