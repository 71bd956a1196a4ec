import './support/modes.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  createManualWallClock,
  formatTimeOfDay,
  hopLabel,
  PresenterView,
  stepHeadline,
} from '../src/modes';
import type { PlayerAction } from '../src/player';
import {
  DEFAULT_SCENARIO_ARGS,
  resolveScenarioArgs,
  type ScenarioArgs,
  type SizeArgs,
  scenarioArgTypes,
  sizeArgTypes,
} from './support/args';
import { DiagramFrame } from './support/DiagramFrame';
import { playerAt, STORY_WALL_TIME } from './support/modeArgs';
import { StoryFrame } from './support/StoryFrame';
import { useStillProgress } from './support/useStillProgress';

/** Args of the PresenterView stories. */
interface PresenterStoryArgs extends ScenarioArgs, SizeArgs {
  /** Autoplay on (the controls read Pause). */
  playing: boolean;
  /** The audience screen is blanked. */
  audienceBlank: boolean;
  /** The windows can sync (BroadcastChannel); false shows the warning. */
  syncAvailable: boolean;
  /** The wall time the clock shows (epoch ms; a manual clock: nothing ticks). */
  wallTime: number;
  /** Receives the player actions (keys and buttons). */
  onAction: (action: PlayerAction) => void;
  /** Blank the audience screen, or show it again. */
  onAudienceBlank: (blank: boolean) => void;
}

function PresenterStory(args: PresenterStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const progress = useStillProgress(1);
  // Read once, at mount, as the view reads it: the timer and clock stand still.
  const [clock] = useState(() => createManualWallClock(args.wallTime));
  const { metadata, notes } = w.scenario;
  return (
    <StoryFrame width={args.width} height={args.height}>
      <PresenterView
        trace={w.trace}
        player={playerAt(w.trace, step, args.playing)}
        onAction={args.onAction}
        diagram={<DiagramFrame walked={w} step={step} progress={progress} />}
        title={metadata.title}
        notes={notes}
        question={metadata.question}
        audienceBlank={args.audienceBlank}
        onAudienceBlank={args.onAudienceBlank}
        syncAvailable={args.syncAvailable}
        clock={clock}
      />
    </StoryFrame>
  );
}

const meta = {
  title: 'Modes/PresenterView',
  render: (args) => <PresenterStory key={args.wallTime} {...args} />,
  args: {
    ...DEFAULT_SCENARIO_ARGS,
    stepIndex: 3,
    playing: false,
    audienceBlank: false,
    syncAvailable: true,
    wallTime: STORY_WALL_TIME,
    onAction: fn(),
    onAudienceBlank: fn(),
    width: 1280,
    height: 860,
  },
  argTypes: {
    ...scenarioArgTypes,
    audienceBlank: { control: 'boolean', description: 'The audience screen is blanked (B)' },
    syncAvailable: {
      control: 'boolean',
      description: 'The windows can sync (BroadcastChannel); false shows the warning',
    },
    wallTime: {
      control: 'date',
      description: 'The time of day the clock shows (a manual clock: nothing ticks)',
    },
    ...sizeArgTypes,
  },
  // The title, the step on screen with its hop, the speaker's notes for it, the timer at zero
  // and the clock at the story's wall time.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      `Presenter view: ${w.scenario.metadata.title}`,
    );
    const now = canvas.getByRole('heading', { name: /^Now: / });
    await expect(now).toHaveTextContent(stepHeadline(w.trace, step));
    const hop = hopLabel(w.trace, step);
    if (hop) await expect(now).toHaveTextContent(hop);
    for (const note of w.scenario.notes.filter((n) => n.step === step))
      await expect(canvasElement).toHaveTextContent(note.text);
    const timer = canvas.getByRole('region', { name: 'Timer and clock' });
    await expect(within(timer).getByRole('timer')).toHaveTextContent('00:00');
    await expect(timer).toHaveTextContent(formatTimeOfDay(args.wallTime));
  },
  parameters: {
    docs: {
      description: {
        component:
          "The speaker's window (src/modes/presenter/PresenterView): the step on screen with the presenter notes in large type, the next step, a timer and the clock (a manual wall clock here, so nothing ticks), a copy of the audience's diagram and its own controls.",
      },
    },
  },
} satisfies Meta<PresenterStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The quiz at hop 2; the next step is hop 3. Blanking and the controls call back. */
export const HopTwo: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const next = canvas.getByRole('heading', { name: /^Next: / });
    await expect(next).toHaveTextContent('Next: Step 4 of 4: ingress-nginx-controller → red-1');
    await expect(next).toHaveTextContent('Hop 3: 3 hops in all');
    await userEvent.click(canvas.getByRole('button', { name: 'Blank audience screen' }));
    await expect(args.onAudienceBlank).toHaveBeenCalledWith(true);
    const controls = canvas.getByRole('group', { name: 'Presenter controls' });
    await userEvent.click(within(controls).getByRole('button', { name: 'Next step' }));
    await expect(args.onAction).toHaveBeenLastCalledWith({ type: 'next' });
  },
};

/** Step 0: the question, and what the first key press shows. */
export const Start: Story = { args: { stepIndex: 0 } };

/** The audience screen is blanked: the preview says so, the button shows it again. */
export const AudienceBlanked: Story = {
  args: { audienceBlank: true },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', {
      name: 'Audience screen blanked: show it',
    });
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(button);
    await expect(args.onAudienceBlank).toHaveBeenCalledWith(false);
  },
};

/** No BroadcastChannel: the view warns that it does not follow the talk. */
export const NoSync: Story = {
  args: { syncAvailable: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('cannot link windows');
  },
};

/** At the end of the walk: the next step is the end. */
export const AtTheEnd: Story = {
  args: { stepIndex: 4 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'Next: the end of the walk' }),
    ).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast. */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
