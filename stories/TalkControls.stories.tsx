import './support/modes.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { createManualWallClock, TalkControls } from '../src/modes';
import { formatPosition, type PlayerAction, SPEEDS, type Speed } from '../src/player';
import { StoryFrame } from './support/StoryFrame';

/** Args of the TalkControls stories: the player's discrete state, flattened, and the callbacks. */
interface TalkControlsStoryArgs {
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
  /** Shown (the pointer moved lately); hidden, they still show while one has focus. */
  visible: boolean;
  /** Receives the player actions. */
  onAction: (action: PlayerAction) => void;
  /** Keep them shown while the pointer is over them. */
  onHold: (on: boolean) => void;
  /** Opens the presenter view. */
  onPresenter: () => void;
  /** Full screen on or off. */
  onFullscreen: () => void;
  /** Opens the shortcuts overlay. */
  onHelp: () => void;
  /** Leaves talk mode. */
  onExit: () => void;
}

const meta = {
  title: 'Modes/TalkControls',
  render: ({ stepCount, step, playing, speed, reducedMotion, ...props }) => (
    <StoryFrame width={1280} height={160}>
      {/* Talk mode's type (28px and up); the toolbar floats over the top of the stage. */}
      <div style={{ position: 'relative', height: '100%', fontSize: 'max(28px, 1.5rem)' }}>
        <TalkControls
          player={{ stepCount, step, playing, speed, reducedMotion }}
          {...props}
          // A clock that never moves: "Copied" would stay until told otherwise.
          clock={createManualWallClock()}
        />
      </div>
    </StoryFrame>
  ),
  args: {
    stepCount: 4,
    step: 2,
    playing: false,
    speed: 1,
    reducedMotion: false,
    visible: true,
    onAction: fn(),
    onHold: fn(),
    onPresenter: fn(),
    onFullscreen: fn(),
    onHelp: fn(),
    onExit: fn(),
  },
  argTypes: {
    stepCount: { control: { type: 'number', min: 0, max: 12 } },
    step: { control: { type: 'range', min: 0, max: 12, step: 1 } },
    speed: { control: 'select', options: [...SPEEDS] },
    visible: {
      control: 'boolean',
      description: 'Shown (the pointer moved lately); hidden, they show while one has focus',
    },
  },
  // The toolbar, its position readout, and Play or Pause as the state says.
  play: async ({ canvasElement, args }) => {
    const bar = within(canvasElement).getByRole('toolbar', { name: 'Talk controls' });
    await expect(bar).toHaveTextContent(formatPosition(args));
    await expect(bar).toHaveAttribute('data-visible', String(args.visible));
    const main = within(bar).getByRole('button', { name: args.playing ? 'Pause' : 'Play' });
    await expect(main).toHaveAttribute('aria-keyshortcuts', 'P');
  },
  parameters: {
    docs: {
      description: {
        component:
          "Talk mode's toolbar (src/modes/talk/TalkControls): Previous, Play/Pause, Next, the position, Presenter view, Copy link, Full screen, Shortcuts, Exit. It hides when the pointer rests and shows when it moves or a control takes focus. Data in, callbacks out.",
      },
    },
  },
} satisfies Meta<TalkControlsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Half way: every button sends its action or callback. */
export const Middle: Story = {
  play: async ({ canvasElement, args }) => {
    const bar = within(canvasElement).getByRole('toolbar', { name: 'Talk controls' });
    const button = (name: string) => within(bar).getByRole('button', { name });
    await userEvent.click(button('Next step'));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'next' });
    await userEvent.click(button('Previous step'));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'previous' });
    await userEvent.click(button('Play'));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'play' });
    await userEvent.click(button('Presenter view'));
    await expect(args.onPresenter).toHaveBeenCalledOnce();
    await userEvent.click(button('Full screen'));
    await expect(args.onFullscreen).toHaveBeenCalledOnce();
    await userEvent.click(button('Shortcuts'));
    await expect(args.onHelp).toHaveBeenCalledOnce();
    await userEvent.click(button('Exit talk mode'));
    await expect(args.onExit).toHaveBeenCalledOnce();
    await expect(args.onHold).toHaveBeenCalledWith(true);
  },
};

/** At the start: Previous cannot act (and says so). */
export const AtStart: Story = {
  args: { step: 0 },
  play: async ({ canvasElement, args }) => {
    const previous = within(canvasElement).getByRole('button', { name: 'Previous step' });
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(previous);
    await expect(args.onAction).not.toHaveBeenCalled();
  },
};

/** At the end: Next cannot act. */
export const AtEnd: Story = {
  args: { step: 4 },
  play: async ({ canvasElement }) => {
    const next = within(canvasElement).getByRole('button', { name: 'Next step' });
    await expect(next).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Playing: the main button reads Pause. */
export const Playing: Story = {
  args: { playing: true },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Pause' }));
    await expect(args.onAction).toHaveBeenCalledWith({ type: 'pause' });
  },
};

/** Hidden after the pointer rested; a control taking keyboard focus shows them again. */
export const HiddenUntilFocus: Story = {
  args: { visible: false },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole('toolbar', { name: 'Talk controls' });
    await expect(getComputedStyle(bar).opacity).toBe('0');
    within(bar).getByRole('button', { name: 'Next step' }).focus();
    await expect(getComputedStyle(bar).opacity).toBe('1');
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode's theme). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
