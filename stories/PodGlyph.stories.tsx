import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { stepMarks } from '../src/diagram';
import { ringGap } from '../src/diagram/geometry/sizes';
import { PodGlyph } from '../src/diagram/scene/PodGlyph';
import {
  DEFAULT_SCENARIO_ARGS,
  resolveScenarioArgs,
  type ScenarioArgs,
  type SizeArgs,
  scenarioArgTypes,
  sizeArgTypes,
} from './support/args';
import { DiagramPart } from './support/DiagramPart';
import { around, POD_NAMES, pick } from './support/partArgs';
import { StoryErrorBoundary } from './support/StoryErrorBoundary';

/** Args of the PodGlyph stories. */
interface PodGlyphStoryArgs extends ScenarioArgs, SizeArgs {
  /** The pod drawn, by name. */
  pod: string;
}

function PodGlyphStory(args: PodGlyphStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const pod = pick(w.layout.pods, args.pod, 'pod');
  const gap = ringGap(w.layout);
  return (
    <DiagramPart
      walked={w}
      step={step}
      view={around([pod], gap * 3)}
      scene={false}
      title={`Pod ${pod.id} on ${pod.node}`}
      width={args.width}
      height={args.height}
    >
      <PodGlyph pod={pod} ringGap={gap} />
    </DiagramPart>
  );
}

const meta = {
  title: 'Diagram/Parts/PodGlyph',
  render: (args) => (
    <StoryErrorBoundary resetKey={JSON.stringify(args)}>
      <PodGlyphStory {...args} />
    </StoryErrorBoundary>
  ),
  args: { ...DEFAULT_SCENARIO_ARGS, pod: 'red-1', width: 400, height: 160 },
  argTypes: {
    ...scenarioArgTypes,
    pod: {
      control: 'select',
      options: [...POD_NAMES],
      description: "The pod drawn (a name from the scenario's cluster.pods)",
    },
    ...sizeArgTypes,
  },
  // Its name and IP as the layout wrote them, the controller's tint and badge, and
  // `data-target` while the leg shown goes to it.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const pod = pick(w.layout.pods, args.pod, 'pod');
    const drawn = canvasElement.querySelector(`[data-entity="${CSS.escape(pod.id)}"]`);
    await expect(drawn).toHaveAttribute('data-kind', 'pod');
    for (const line of pod.labels) await expect(drawn).toHaveTextContent(line.full);
    const box = drawn?.querySelector('.pw-pod');
    if (pod.ingressController) await expect(box).toHaveClass('pw-pod--controller');
    else await expect(box).not.toHaveClass('pw-pod--controller');
    const badge = drawn?.querySelector('.pw-controller-badge') ?? null;
    if (pod.badge) await expect(badge).toHaveTextContent(pod.badge.label.full);
    else await expect(badge).toBeNull();
    const target = (stepMarks(w.layout, w.trace, step).entities[pod.id] ?? '').includes('target');
    if (target) await expect(drawn).toHaveAttribute('data-target', 'true');
    else await expect(drawn).not.toHaveAttribute('data-target');
  },
  parameters: {
    docs: {
      description: {
        component:
          "A pod inside its node (src/diagram/scene/PodGlyph): a card (name + IP), a chip (name) or a dot, as the layout sized it. The ingress controller's pods are tinted and, when there is room, badged. Marked as the leg's target when the packet goes there.",
      },
    },
  },
} satisfies Meta<PodGlyphStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The quiz's answer: red-1 is where the request lands (hop 3). */
export const RequestLandsHere: Story = {
  play: async ({ canvasElement }) => {
    const pod = canvasElement.querySelector('[data-entity="red-1"]');
    await expect(pod).toHaveAttribute('data-target', 'true');
    await expect(pod).toHaveTextContent('10.244.2.7');
  },
};

/** The ingress controller at hop 2: tinted, and the leg's target. */
export const IngressController: Story = {
  args: { pod: 'ingress-nginx-controller', stepIndex: 3 },
  play: async ({ canvasElement }) => {
    const pod = canvasElement.querySelector('[data-entity="ingress-nginx-controller"]');
    await expect(pod?.querySelector('.pw-pod')).toHaveClass('pw-pod--controller');
    await expect(pod).toHaveAttribute('data-target', 'true');
  },
};

/** The other red pod: not picked this time, nothing marked. */
export const NotPicked: Story = { args: { pod: 'red-2' } };

/** A pod of the fifty-node cluster, drawn at its smaller level of detail. */
export const OneOfFiftyNodes: Story = {
  args: { scenario: 'fifty-nodes', pod: 'red-3', stepIndex: 0 },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
