import '../src/modes/embed/embed.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EmbedBar, hopLabel } from '../src/modes';
import { legAt } from '../src/panels';
import { formatPosition, type PlayerAction } from '../src/player';
import {
  DEFAULT_SCENARIO_ARGS,
  resolveScenarioArgs,
  type ScenarioArgs,
  type SizeArgs,
  scenarioArgTypes,
  sizeArgTypes,
} from './support/args';
import { playerAt } from './support/modeArgs';
import { StoryFrame } from './support/StoryFrame';

/** Args of the EmbedBar stories. */
interface EmbedBarStoryArgs extends ScenarioArgs, SizeArgs {
  /** Autoplay on (the main button reads Pause). */
  playing: boolean;
  /** Receives the player actions. */
  onAction: (action: PlayerAction) => void;
}

const meta = {
  title: 'Modes/EmbedBar',
  render: (args) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    return (
      <StoryFrame width={args.width} height={args.height}>
        {/* The embed's type size for a 640x360 frame (embed.css scales it with the frame). */}
        <div style={{ fontSize: '17px', lineHeight: 1.3 }}>
          <EmbedBar
            trace={w.trace}
            player={playerAt(w.trace, step, args.playing)}
            onAction={args.onAction}
          />
        </div>
      </StoryFrame>
    );
  },
  args: {
    ...DEFAULT_SCENARIO_ARGS,
    stepIndex: 3,
    playing: false,
    onAction: fn(),
    width: 640,
    height: 90,
  },
  argTypes: { ...scenarioArgTypes, ...sizeArgTypes },
  // The position, the hop and the leg's note in the bar's caption; Play or Pause as the state says.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const canvas = within(canvasElement);
    const buttons = canvas.getByRole('group', { name: 'Player controls' });
    await expect(
      within(buttons).getByRole('button', { name: args.playing ? 'Pause' : 'Play' }),
    ).toBeVisible();
    await expect(canvasElement).toHaveTextContent(
      formatPosition({ step, stepCount: w.trace.steps.length }),
    );
    const hop = hopLabel(w.trace, step);
    if (hop) await expect(canvasElement).toHaveTextContent(hop);
    const leg = legAt(w.trace, step);
    if (leg) await expect(canvasElement).toHaveTextContent(leg.note);
  },
  parameters: {
    docs: {
      description: {
        component:
          "The embed's optional bar (src/modes/embed/EmbedBar, `&controls=1`): Previous, Play/Pause, Next and a short caption (the position, the leg and hop; the note when the frame is tall enough).",
      },
    },
  },
} satisfies Meta<EmbedBarStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The quiz at hop 2; the buttons send their actions. */
export const HopTwo: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement).toHaveTextContent(
      'Step 3 of 4 node-3 → ingress-nginx-controller · Hop 2 of 3',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Next step' }));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'next' });
    await userEvent.click(canvas.getByRole('button', { name: 'Previous step' }));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'previous' });
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'play' });
  },
};

/** At the start: Previous cannot act. */
export const AtStart: Story = {
  args: { stepIndex: 0 },
  play: async ({ canvasElement, args }) => {
    const previous = within(canvasElement).getByRole('button', { name: 'Previous step' });
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(previous);
    await expect(args.onAction).not.toHaveBeenCalled();
  },
};

/** At the end (the answer): Next cannot act. */
export const AtTheAnswer: Story = {
  args: { stepIndex: 4 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('3 hops in all');
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

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast. */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
