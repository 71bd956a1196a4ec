import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { packetFieldsAt } from '../src/diagram';
import { PacketMarker } from '../src/diagram/packet/PacketMarker';
import { DEFAULT_SCENARIO_ARGS, resolveScenarioArgs } from './support/args';
import { DiagramPart } from './support/DiagramPart';
import { around, legBoxes, type PartArgs, partArgTypes, progressArgType } from './support/partArgs';
import { useStillProgress } from './support/useStillProgress';

/** Args of the PacketMarker stories. */
interface PacketStoryArgs extends PartArgs {
  /** 0..1 along the leg; 1 = at rest at the leg's end. */
  progress: number;
}

function PacketStory(args: PacketStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const progress = useStillProgress(args.progress);
  const { layout, trace, routes } = w;
  const view = around(legBoxes(layout, routes[step - 1]), layout.packet.height / 2);
  return (
    <DiagramPart
      walked={w}
      step={step}
      view={view}
      scene={args.scene}
      title={`The packet at step ${step} of ${w.scenario.metadata.name}`}
      width={args.width}
      height={args.height}
    >
      <PacketMarker layout={layout} trace={trace} routes={routes} step={step} progress={progress} />
    </DiagramPart>
  );
}

const meta = {
  title: 'Diagram/Parts/PacketMarker',
  render: (args) => <PacketStory {...args} />,
  args: {
    ...DEFAULT_SCENARIO_ARGS,
    stepIndex: 3,
    progress: 1,
    scene: true,
    width: 720,
    height: 420,
  },
  argTypes: { ...partArgTypes, progress: progressArgType },
  // The card shows the leg's src and dst (the new values when a rewrite changed them), and
  // says where it rests once the leg is done.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const packet = canvasElement.querySelector('[data-entity="packet"]');
    await expect(packet).not.toBeNull();
    await expect(packet).toHaveAttribute('data-step', String(step));
    const fields = packetFieldsAt(w.trace, step);
    for (const field of ['src', 'dst'] as const) {
      const shown = packet?.querySelector(
        `[data-field="${field}"] [data-value="new"], [data-field="${field}"] [data-value="current"]`,
      );
      await expect(shown).toHaveTextContent(fields[field]);
    }
    const leg = w.trace.steps[step - 1];
    if (args.progress >= 1) {
      await expect(packet).toHaveAttribute('data-at', leg?.to ?? 'client');
    }
  },
  parameters: {
    docs: {
      description: {
        component:
          "The packet (src/diagram/packet/PacketMarker): an envelope card with the leg's `src` and `dst`, moved along the leg's route by `progress`. A field a rewrite changed plays the rewrite moment: the old value struck through, the new one in the translation's colour. The view is cropped to the current leg.",
      },
    },
  },
} satisfies Meta<PacketStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Step 0: the packet waits at the client, nothing rewritten yet. */
export const AtTheClient: Story = {
  args: { stepIndex: 0 },
  play: async ({ canvasElement }) => {
    const packet = canvasElement.querySelector('[data-entity="packet"]');
    await expect(packet).toHaveAttribute('data-at', 'client');
    await expect(packet?.querySelectorAll('[data-changed]')).toHaveLength(0);
    await expect(packet).toHaveTextContent('203.0.113.50:51000');
    await expect(packet).toHaveTextContent('198.51.100.10:80');
  },
};

/** Hop 1: the load balancer DNATed the destination to node-3's NodePort. */
export const LoadBalancerDnat: Story = {
  args: { stepIndex: 2 },
  play: async ({ canvasElement }) => {
    const dst = canvasElement.querySelector('[data-entity="packet"] [data-field="dst"]');
    await expect(dst).toHaveAttribute('data-changed', 'DNAT');
    await expect(dst?.querySelector('[data-value="old"]')).toHaveTextContent('198.51.100.10:80');
    await expect(dst?.querySelector('[data-value="new"]')).toHaveTextContent('192.168.10.13:32000');
  },
};

/** Hop 2 at rest on the ingress controller: node-3 DNATed and SNATed it (the client IP is gone). */
export const NodePortDnatAndSnat: Story = {
  play: async ({ canvasElement }) => {
    const packet = canvasElement.querySelector('[data-entity="packet"]');
    await expect(packet).toHaveAttribute('data-at', 'ingress-nginx-controller');
    await expect(packet?.querySelector('[data-field="src"]')).toHaveAttribute(
      'data-changed',
      'SNAT',
    );
    await expect(packet?.querySelector('[data-field="dst"]')).toHaveAttribute(
      'data-changed',
      'DNAT',
    );
  },
};

/** Half way: the packet is on its way (it rests nowhere), new values shown. */
export const MidFlight: Story = {
  args: { progress: 0.7 },
  play: async ({ canvasElement }) => {
    const packet = canvasElement.querySelector('[data-entity="packet"]');
    await expect(packet).toHaveAttribute('data-at', '');
  },
};

/** Hop 3: nginx opens its own connection, so both fields change (proxy). */
export const NginxProxy: Story = {
  args: { stepIndex: 4 },
  play: async ({ canvasElement }) => {
    const packet = canvasElement.querySelector('[data-entity="packet"]');
    for (const field of ['src', 'dst']) {
      await expect(packet?.querySelector(`[data-field="${field}"]`)).toHaveAttribute(
        'data-changed',
        'proxy',
      );
    }
  },
};

/** The first reply leg: the card turns around (src and dst swap rows). */
export const ReplyTurnaround: Story = {
  args: { reply: true, stepIndex: 5 },
  play: async ({ canvasElement }) => {
    const packet = canvasElement.querySelector('[data-entity="packet"]');
    await expect(packet).toHaveAttribute('data-direction', 'reply');
    await expect(packet).toHaveAttribute('data-turnaround', 'true');
  },
};

/** The naive picture: the packet rests on the imaginary red Service box. */
export const NaiveServiceBox: Story = {
  args: { model: 'naive', stepIndex: 4 },
  play: async ({ canvasElement }) => {
    const packet = canvasElement.querySelector('[data-entity="packet"]');
    await expect(packet).toHaveAttribute('data-at', 'service/red');
    await expect(packet).toHaveTextContent('10.96.45.20:80');
  },
};

/** The card alone, without the scene. */
export const Alone: Story = { args: { scene: false } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
