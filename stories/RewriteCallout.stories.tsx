import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { placeNotes } from '../src/diagram/geometry/notePlacement';
import { RewriteCallout } from '../src/diagram/overlay/RewriteCallout';
import { noteHeading } from '../src/diagram/state/rewriteNotes';
import { DEFAULT_SCENARIO_ARGS, resolveScenarioArgs } from './support/args';
import { DiagramPart } from './support/DiagramPart';
import { around, entityRect, type PartArgs, partArgTypes } from './support/partArgs';
import { StoryErrorBoundary } from './support/StoryErrorBoundary';
import type { Walked } from './support/scenarios';

/** Args of the RewriteCallout stories. */
interface CalloutStoryArgs extends PartArgs {
  /** The entity whose rewrites are shown; empty: the first that acted on the step. */
  at: string;
  /** 0..1: the callout fades in with the rewrite moment (1 = fully shown). */
  opacity: number;
}

/** The placed note of `at` on `step`, as the diagram places it. */
function placedNote(w: Walked, step: number, at: string) {
  const placed = placeNotes(w.layout, w.trace, w.routes, step);
  const found = at === '' ? placed[0] : placed.find((p) => p.note.at === at);
  if (found !== undefined) return found;
  const actors = placed.map((p) => p.note.at).join(', ') || 'none';
  throw new Error(
    `step ${step} has no rewrite${at ? ` made by ${at}` : ''}; entities that rewrote on it: ${actors}`,
  );
}

function CalloutStory(args: CalloutStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const { note, shape, box, leader } = placedNote(w, step, args.at);
  const view = around([box, entityRect(w.layout, note.at, 'entity')], w.layout.packet.height / 2);
  return (
    <DiagramPart
      walked={w}
      step={step}
      view={view}
      scene={args.scene}
      title={`Rewrites made by ${note.at} before leg ${step}`}
      width={args.width}
      height={args.height}
    >
      <RewriteCallout note={note} shape={shape} box={box} leader={leader} opacity={args.opacity} />
    </DiagramPart>
  );
}

const meta = {
  title: 'Diagram/Parts/RewriteCallout',
  render: (args) => (
    <StoryErrorBoundary resetKey={JSON.stringify(args)}>
      <CalloutStory {...args} />
    </StoryErrorBoundary>
  ),
  args: {
    ...DEFAULT_SCENARIO_ARGS,
    stepIndex: 3,
    at: 'node-3',
    opacity: 1,
    scene: true,
    width: 720,
    height: 420,
  },
  argTypes: {
    ...partArgTypes,
    at: {
      control: 'text',
      description:
        'The entity whose rewrites are shown (e.g. cloud-lb, node-3, ingress-nginx-controller, service/red); empty: the first that acted on the step',
    },
    opacity: {
      control: { type: 'range', min: 0, max: 1, step: 0.05 },
      description: 'The callout fades in with the rewrite moment (1 = fully shown)',
    },
  },
  // Who rewrote, and per changed field its kind, the old value and the new one.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const { note } = placedNote(w, step, args.at);
    const callout = canvasElement.querySelector(`[data-callout="${CSS.escape(note.at)}"]`);
    await expect(callout).not.toBeNull();
    await expect(callout).toHaveTextContent(noteHeading(note));
    const rows = callout?.querySelectorAll('[data-field][data-kind]') ?? [];
    await expect(rows).toHaveLength(note.rows.length);
    for (const [i, row] of note.rows.entries()) {
      const drawn = rows[i];
      await expect(drawn).toHaveAttribute('data-kind', row.kind);
      await expect(drawn).toHaveAttribute('data-field', row.field);
      await expect(drawn?.querySelector('[data-value="old"]')).toHaveTextContent(row.before);
      await expect(drawn?.querySelector('[data-value="new"]')).toHaveTextContent(row.after);
    }
  },
  parameters: {
    docs: {
      description: {
        component:
          'A NAT event drawn on the entity that made it (src/diagram/overlay/RewriteCallout): who rewrote, then per field the kind (DNAT, SNAT, proxy), the old value struck through and the new one. Placed as the diagram places it (`placeNotes`), the view cropped to it and its entity.',
      },
    },
  },
} satisfies Meta<CalloutStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The quiz's hop 2: kube-proxy on node-3 DNATs to the controller pod and SNATs to node-3. */
export const NodePortDnatAndSnat: Story = {
  play: async ({ canvasElement }) => {
    const callout = canvasElement.querySelector('[data-callout="node-3"]');
    await expect(callout).toHaveTextContent('kube-proxy (iptables)');
    const dnat = callout?.querySelector('[data-kind="DNAT"]');
    await expect(dnat?.querySelector('[data-value="old"]')).toHaveTextContent(
      '192.168.10.13:32000',
    );
    await expect(dnat?.querySelector('[data-value="new"]')).toHaveTextContent('10.244.1.5:80');
    const snat = callout?.querySelector('[data-kind="SNAT"]');
    await expect(snat?.querySelector('[data-value="old"]')).toHaveTextContent('203.0.113.50:51000');
    await expect(snat?.querySelector('[data-value="new"]')).toHaveTextContent(
      '192.168.10.13:39605',
    );
  },
};

/** Hop 1: the cloud load balancer DNATs its address to node-3's NodePort. */
export const LoadBalancerDnat: Story = { args: { stepIndex: 2, at: 'cloud-lb' } };

/** Hop 3: nginx opens a new connection (a proxy: both fields change). */
export const NginxNewConnection: Story = {
  args: { stepIndex: 4, at: 'ingress-nginx-controller' },
};

/** On the way back conntrack undoes node-3's DNAT and SNAT. */
export const ConntrackUndo: Story = {
  args: { reply: true, stepIndex: 7 },
  play: async ({ canvasElement }) => {
    const callout = canvasElement.querySelector('[data-callout="node-3"]');
    await expect(callout).toHaveTextContent('conntrack reverses the NAT');
  },
};

/** service-upstream: nginx sends to the ClusterIP, so node-1's kube-proxy DNATs to a red pod. */
export const ClusterIpDnat: Story = {
  args: { scenario: 'service-upstream', stepIndex: 4, at: 'node-1' },
};

/** The naive picture: the imaginary Service box "rewrites" the packet. */
export const NaiveServiceBox: Story = { args: { model: 'naive', stepIndex: 5, at: 'service/red' } };

/** Half faded in: a still of the rewrite moment. */
export const FadingIn: Story = { args: { opacity: 0.5 } };

/** The callout alone, without the scene. */
export const Alone: Story = { args: { scene: false } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
