import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { loadScenario } from '../src/model';
import { generateClusterYaml } from '../tests/support/generateCluster';
import {
  DEFAULT_SCENARIO_ARGS,
  resolveScenarioArgs,
  type ScenarioArgs,
  type SizeArgs,
  scenarioArgTypes,
  sizeArgTypes,
} from './support/args';
import { DiagramFrame } from './support/DiagramFrame';
import { expectStepOnScreen } from './support/expectations';
import { StoryFrame } from './support/StoryFrame';
import { walked } from './support/scenarios';
import { useStillProgress } from './support/useStillProgress';

/** Args of the NetworkDiagram stories. */
interface DiagramStoryArgs extends ScenarioArgs, SizeArgs {
  /** 0..1 within the leg (a still of the flight); 1 = at rest. */
  progress: number;
  /** Nothing travels, nothing pulses. */
  reducedMotion: boolean;
}

function DiagramStory(args: DiagramStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const progress = useStillProgress(args.progress);
  return (
    <StoryFrame width={args.width} height={args.height}>
      <DiagramFrame walked={w} step={step} progress={progress} reducedMotion={args.reducedMotion} />
    </StoryFrame>
  );
}

const meta = {
  title: 'Diagram/NetworkDiagram',
  render: (args) => <DiagramStory {...args} />,
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    await expectStepOnScreen(canvasElement, w.trace, step, false);
  },
  args: { ...DEFAULT_SCENARIO_ARGS, progress: 1, reducedMotion: false, width: 960, height: 540 },
  argTypes: {
    ...scenarioArgTypes,
    ...sizeArgTypes,
    progress: {
      control: { type: 'range', min: 0, max: 1, step: 0.05 },
      description: 'How far along the current leg the packet is (a still; 1 = at rest)',
    },
    reducedMotion: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The animated network path (src/diagram): cluster, trail, hop badges, rewrite call-outs and the packet, drawn from `computeLayout` + `walk` at a fixed `step` and `progress`.',
      },
    },
  },
} satisfies Meta<DiagramStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Step 0: the packet waits at the client. */
export const Start: Story = { args: { stepIndex: 0 } };

/** Leg 1, client to load balancer: not a hop. */
export const BeforeTheLoadBalancer: Story = { args: { stepIndex: 1 } };

/** Hop 2 half way: node-3's kube-proxy DNATs and SNATs the packet on the way to node-1. */
export const NodePortRewriteMidFlight: Story = {
  args: { stepIndex: 3, progress: 0.5 },
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg.pw-diagram');
    await expect(svg).toHaveAttribute('data-step', '3');
    await expect(canvasElement.querySelector('[data-entity="node-3"]')).not.toBeNull();
  },
};

/** The answer: three hops, the packet at the red pod. */
export const Answer: Story = {};

/** The naive picture: the red Service drawn as a box and counted as a hop. */
export const Naive: Story = {
  args: { model: 'naive', stepIndex: 5 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-entity="service/red"]')).not.toBeNull();
    await expect(canvasElement.querySelector('svg.pw-diagram')).toHaveAttribute(
      'data-model',
      'naive',
    );
  },
};

/** The way back: conntrack undoes every rewrite in reverse. */
export const ReplyPath: Story = { args: { reply: true, stepIndex: 8 } };

/** Reduced motion: steps change in place, nothing pulses. */
export const ReducedMotion: Story = { args: { reducedMotion: true, stepIndex: 3 } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { stepIndex: 3 } };

/** High contrast, for projectors (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' }, args: { stepIndex: 3 } };

/** Another proxy mode: IPVS rewrites on node-3. */
export const Ipvs: Story = { args: { scenario: 'proxy-ipvs', stepIndex: 3 } };

/** A walk that ends early: no Ingress rule matches, nginx answers 404. */
export const NotFound: Story = { args: { scenario: 'path-miss-404', stepIndex: 3 } };

/** Small: the SVG keeps its aspect ratio and scales down. */
export const Small: Story = { args: { width: 480, height: 270 } };

// A generated 12-node cluster (tests/support/generateCluster), loaded through src/model.
const manyNodes = loadScenario(generateClusterYaml(12, 2));

/** Twelve nodes, two pods each: the layout's grid. */
export const ManyNodes: Story = {
  args: { stepIndex: 4 },
  render: (args) => <ManyNodesStory {...args} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-entity="node-12"]')).not.toBeNull();
    await expect(canvasElement.querySelector('svg.pw-diagram')).toHaveAttribute('data-step', '4');
  },
};

function ManyNodesStory(args: DiagramStoryArgs) {
  const progress = useStillProgress(args.progress);
  if (!manyNodes.ok) throw new Error(manyNodes.diagnostics[0]?.message);
  const w = walked(manyNodes.scenario, args.model, args.reply);
  const step = Math.min(args.stepIndex, w.trace.steps.length);
  return (
    <StoryFrame width={args.width} height={args.height}>
      <DiagramFrame walked={w} step={step} progress={progress} reducedMotion={args.reducedMotion} />
    </StoryFrame>
  );
}
