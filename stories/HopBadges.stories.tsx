import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { hopBadgeSpecs } from '../src/diagram';
import { HopBadges } from '../src/diagram/overlay/HopBadges';
import { DEFAULT_SCENARIO_ARGS, resolveScenarioArgs } from './support/args';
import { DiagramPart } from './support/DiagramPart';
import { around, legBoxes, type PartArgs, partArgTypes, progressArgType } from './support/partArgs';
import { useStillProgress } from './support/useStillProgress';

/** Args of the HopBadges stories. */
interface HopBadgesStoryArgs extends PartArgs {
  /** 0..1 along the current leg: its badge fades in as the packet leaves. */
  progress: number;
}

function HopBadgesStory(args: HopBadgesStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const progress = useStillProgress(args.progress);
  const { layout, trace, routes } = w;
  // The legs walked so far, so every badge shown is in view.
  const legs = routes.slice(0, Math.max(1, step)).flatMap((r) => legBoxes(layout, r));
  return (
    <DiagramPart
      walked={w}
      step={step}
      view={around(legs, layout.packet.height)}
      scene={args.scene}
      title={`Hop badges up to step ${step} of ${w.scenario.metadata.name}`}
      width={args.width}
      height={args.height}
    >
      <HopBadges layout={layout} trace={trace} routes={routes} step={step} progress={progress} />
    </DiagramPart>
  );
}

const meta = {
  title: 'Diagram/Parts/HopBadges',
  render: (args) => <HopBadgesStory {...args} />,
  args: { ...DEFAULT_SCENARIO_ARGS, progress: 1, scene: true, width: 720, height: 420 },
  argTypes: { ...partArgTypes, progress: progressArgType },
  // One badge per counted leg walked so far, numbered 1, 2, 3… in step order.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const expected = hopBadgeSpecs(w.layout, w.trace, w.routes).filter((s) => s.step <= step);
    const badges = [...canvasElement.querySelectorAll('.pw-hop')];
    await expect(badges).toHaveLength(expected.length);
    for (const [i, spec] of expected.entries()) {
      await expect(badges[i]).toHaveAttribute('data-hop', String(spec.hop));
      await expect(badges[i]?.querySelector('.pw-hop-number')).toHaveTextContent(String(spec.hop));
    }
  },
  parameters: {
    docs: {
      description: {
        component:
          "The numbered hop badges of the counted legs walked so far (src/diagram/overlay/HopBadges); the current leg's badge fades in as the packet leaves. The view is cropped to the legs walked.",
      },
    },
  },
} satisfies Meta<HopBadgesStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The answer: three badges, the second tagged "SNAT + node crossing". */
export const ThreeHops: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.pw-hop')).toHaveLength(3);
    await expect(
      canvasElement.querySelector('.pw-hop[data-hop="2"] .pw-hop-tag'),
    ).toHaveTextContent('SNAT + node crossing');
  },
};

/** Before the load balancer: not a hop, no badge. */
export const BeforeTheLoadBalancer: Story = {
  args: { stepIndex: 1 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.pw-hop')).toHaveLength(0);
  },
};

/** Hop 2 as the packet leaves node-3 (its badge half faded in). */
export const Departing: Story = { args: { stepIndex: 3, progress: 0.5 } };

/** The naive picture: four badges, the Service box counted as a hop. */
export const NaiveFourHops: Story = {
  args: { model: 'naive', stepIndex: 5 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.pw-hop')).toHaveLength(4);
  },
};

/** externalTrafficPolicy: Local: no SNAT, so no tag on any badge. */
export const LocalPolicy: Story = {
  args: { scenario: 'local-policy' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.pw-hop-tag')).toHaveLength(0);
  },
};

/** The badges alone, without the scene. */
export const Alone: Story = { args: { scene: false } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
