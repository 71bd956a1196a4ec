import './support/modes.css';
import '../src/modes/presenter/presenter.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { formatElapsed, formatTimeOfDay } from '../src/modes';
import { PresenterTimer } from '../src/modes/presenter/PresenterTimer';
import { STORY_WALL_TIME } from './support/modeArgs';
import { StoryFrame } from './support/StoryFrame';

/** Args of the PresenterTimer stories: the timer `usePresenterTimer` returns, flattened. */
interface TimerStoryArgs {
  /** Milliseconds counted. */
  elapsed: number;
  /** Counting now. */
  running: boolean;
  /** The wall time the clock shows (epoch ms). */
  now: number;
  /** Start or resume. */
  start: () => void;
  /** Pause. */
  pause: () => void;
  /** Back to zero. */
  reset: () => void;
}

const meta = {
  title: 'Modes/PresenterTimer',
  render: (timer) => (
    <StoryFrame width={640} height={120} padded>
      <PresenterTimer timer={timer} />
    </StoryFrame>
  ),
  args: {
    elapsed: 247_000,
    running: false,
    now: STORY_WALL_TIME,
    start: fn(),
    pause: fn(),
    reset: fn(),
  },
  argTypes: {
    elapsed: {
      control: { type: 'number', min: 0, step: 1000 },
      description: 'Milliseconds counted (the stopwatch shows mm:ss, h:mm:ss from an hour)',
    },
    now: { control: 'date', description: 'The wall time the clock shows' },
  },
  // The stopwatch and the clock read what the timer says, and the button names the next action.
  play: async ({ canvasElement, args }) => {
    const group = within(canvasElement).getByRole('region', { name: 'Timer and clock' });
    const watch = within(group).getByRole('timer');
    await expect(watch).toHaveTextContent(formatElapsed(args.elapsed));
    await expect(watch).toHaveAttribute('data-running', String(args.running));
    await expect(group).toHaveTextContent(formatTimeOfDay(args.now));
    const label = args.running ? 'Pause timer' : args.elapsed > 0 ? 'Resume timer' : 'Start timer';
    await expect(within(group).getByRole('button', { name: label })).toBeVisible();
  },
  parameters: {
    docs: {
      description: {
        component:
          "The presenter's timer and clock (src/modes/presenter/PresenterTimer): the talk's elapsed time with Start/Pause and Reset, and the time of day. Data in (the timer `usePresenterTimer` returns), callbacks out; nothing ticks in a story.",
      },
    },
  },
} satisfies Meta<TimerStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Paused at 04:07: Resume and Reset call back. */
export const Paused: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('timer')).toHaveTextContent('04:07');
    await userEvent.click(canvas.getByRole('button', { name: 'Resume timer' }));
    await expect(args.start).toHaveBeenCalledOnce();
    await userEvent.click(canvas.getByRole('button', { name: 'Reset timer' }));
    await expect(args.reset).toHaveBeenCalledOnce();
  },
};

/** Not started: 00:00 and Start. */
export const NotStarted: Story = { args: { elapsed: 0 } };

/** Running, past the hour: h:mm:ss, and Pause. */
export const RunningPastTheHour: Story = {
  args: { elapsed: 3_845_000, running: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('timer')).toHaveTextContent('1:04:05');
    await userEvent.click(canvas.getByRole('button', { name: 'Pause timer' }));
    await expect(args.pause).toHaveBeenCalledOnce();
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast. */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
