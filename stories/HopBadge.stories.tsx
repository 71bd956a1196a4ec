import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { HopBadge } from '../src/diagram/overlay/HopBadge';
import { hopBadgeSpecs, hopTags } from '../src/diagram/state/hopBadges';
import type { Rect } from '../src/layout';
import type { TraceModel } from '../src/sim';
import { scenarioArgTypes, sizeArgTypes } from './support/args';
import { DiagramPart } from './support/DiagramPart';
import { around } from './support/partArgs';
import { StoryErrorBoundary } from './support/StoryErrorBoundary';
import { DEFAULT_SCENARIO, type Walked, walkedBundled } from './support/scenarios';

/** Args of the HopBadge stories. */
interface HopBadgeStoryArgs {
  /** A bundled scenario's `metadata.name`. */
  scenario: string;
  /** The real walk, or the naive picture with the Service as a hop. */
  model: TraceModel;
  /** With the reply legs. */
  reply: boolean;
  /** Which hop's badge (1 = the leg after the load balancer). */
  hop: number;
  /** Draw the static scene under the badge. */
  scene: boolean;
  /** Frame width in CSS pixels. */
  width: number;
  /** Frame height in CSS pixels. */
  height: number;
}

/** The badge of hop `hop`, its tag, and what to keep in view. */
function badgeOf(w: Walked, hop: number) {
  const specs = hopBadgeSpecs(w.layout, w.trace, w.routes);
  const i = specs.findIndex((s) => s.hop === hop);
  const spec = specs[i];
  if (spec === undefined) {
    throw new Error(`this walk has hops 1 to ${specs.length}; there is no hop ${hop}`);
  }
  const tag = hopTags(w.layout, specs)[i] ?? null;
  const disc: Rect = {
    x: spec.x - spec.r,
    y: spec.y - spec.r,
    width: 2 * spec.r,
    height: 2 * spec.r,
  };
  return { spec, tag, view: around(tag ? [disc, tag] : [disc], spec.r * 4) };
}

function HopBadgeStory(args: HopBadgeStoryArgs) {
  const w = walkedBundled(args.scenario, args.model, args.reply);
  const { spec, tag, view } = badgeOf(w, args.hop);
  return (
    <DiagramPart
      walked={w}
      step={spec.step}
      view={view}
      scene={args.scene}
      title={`Hop ${spec.hop} of ${w.scenario.metadata.name}`}
      width={args.width}
      height={args.height}
    >
      <HopBadge spec={spec} tag={tag} opacity={1} />
    </DiagramPart>
  );
}

const { scenario, model, reply } = scenarioArgTypes;

const meta = {
  title: 'Diagram/Parts/HopBadge',
  render: (args) => (
    <StoryErrorBoundary resetKey={JSON.stringify(args)}>
      <HopBadgeStory {...args} />
    </StoryErrorBoundary>
  ),
  args: {
    scenario: DEFAULT_SCENARIO,
    model: 'real',
    reply: false,
    hop: 2,
    scene: true,
    width: 480,
    height: 270,
  },
  argTypes: {
    scenario,
    model,
    reply,
    hop: {
      control: { type: 'number', min: 1, max: 6, step: 1 },
      description: 'Which hop (1 = the leg after the load balancer)',
    },
    scene: { control: 'boolean', description: 'Draw the static scene under the badge' },
    ...sizeArgTypes,
  },
  // The badge's number, its "Hop n" tooltip, and the Cluster-policy tag when a node masqueraded.
  play: async ({ canvasElement, args }) => {
    const w = walkedBundled(args.scenario, args.model, args.reply);
    const { spec } = badgeOf(w, args.hop);
    const badge = canvasElement.querySelector(`.pw-hop[data-hop="${args.hop}"]`);
    await expect(badge).not.toBeNull();
    await expect(badge).toHaveAttribute('data-step', String(spec.step));
    await expect(badge?.querySelector('.pw-hop-number')).toHaveTextContent(String(args.hop));
    await expect(badge?.querySelector('title')).toHaveTextContent(`Hop ${args.hop}`);
    const tag = badge?.querySelector('.pw-hop-tag');
    if (spec.tag) await expect(tag).toHaveTextContent(spec.tag);
    else await expect(tag ?? null).toBeNull();
  },
  parameters: {
    docs: {
      description: {
        component:
          'One numbered hop badge on its leg (src/diagram/overlay/HopBadge), the quiz\'s count, with the "SNAT + node crossing" tag when a node masqueraded the packet on that leg (externalTrafficPolicy: Cluster). Placed by `hopBadgeSpecs` / `hopTags`.',
      },
    },
  },
} satisfies Meta<HopBadgeStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hop 2 of the quiz: node-3 masqueraded the packet and sent it to node-1. */
export const SnatAndNodeCrossing: Story = {
  play: async ({ canvasElement }) => {
    const tag = canvasElement.querySelector('.pw-hop-tag');
    await expect(tag).toHaveAttribute('data-tag', 'SNAT + node crossing');
  },
};

/** Hop 1: load balancer to node-3, no tag. */
export const FirstHop: Story = { args: { hop: 1 } };

/** Hop 3: the last one, nginx to the red pod. */
export const LastHop: Story = { args: { hop: 3 } };

/** The naive picture counts the Service box: a fourth hop. */
export const NaiveFourthHop: Story = { args: { model: 'naive', hop: 4 } };

/** The badge alone, without the scene. */
export const Alone: Story = { args: { scene: false } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
