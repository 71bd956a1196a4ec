import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { stepMarks } from '../src/diagram';
import { ringGap } from '../src/diagram/geometry/sizes';
import { NodeGlyph } from '../src/diagram/scene/NodeGlyph';
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
import { around, NODE_NAMES, pick } from './support/partArgs';
import { StoryErrorBoundary } from './support/StoryErrorBoundary';

/** Args of the NodeGlyph stories. */
interface NodeGlyphStoryArgs extends ScenarioArgs, SizeArgs {
  /** The node drawn, by name. */
  node: string;
  /** Draw the node's pods on top, as the scene does. */
  pods: boolean;
}

function NodeGlyphStory(args: NodeGlyphStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const { layout } = w;
  const node = pick(layout.nodes, args.node, 'node');
  const gap = ringGap(layout);
  return (
    <DiagramPart
      walked={w}
      step={step}
      view={around([node], gap * 3)}
      scene={false}
      title={`Node ${node.id} of ${w.scenario.metadata.name}`}
      width={args.width}
      height={args.height}
    >
      <NodeGlyph node={node} ringGap={gap} />
      {args.pods
        ? layout.pods
            .filter((pod) => pod.node === node.id)
            .map((pod) => <PodGlyph key={pod.id} pod={pod} ringGap={gap} />)
        : null}
    </DiagramPart>
  );
}

const meta = {
  title: 'Diagram/Parts/NodeGlyph',
  render: (args) => (
    <StoryErrorBoundary resetKey={JSON.stringify(args)}>
      <NodeGlyphStory {...args} />
    </StoryErrorBoundary>
  ),
  args: {
    ...DEFAULT_SCENARIO_ARGS,
    stepIndex: 3,
    node: 'node-3',
    pods: true,
    width: 480,
    height: 480,
  },
  argTypes: {
    ...scenarioArgTypes,
    node: {
      control: 'select',
      options: [...NODE_NAMES],
      description: "The node drawn (a name from the scenario's cluster.nodes)",
    },
    pods: { control: 'boolean', description: "Draw the node's pods on top, as the scene does" },
    ...sizeArgTypes,
  },
  // The node's header lines (name, address, pod CIDR, as the level of detail allows), one line per rule in its table, and the step's marks:
  // `data-active` when it rewrote the packet, the rule line that fired lit.
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const node = pick(w.layout.nodes, args.node, 'node');
    const drawn = canvasElement.querySelector(`[data-entity="${CSS.escape(node.id)}"]`);
    await expect(drawn).toHaveAttribute('data-kind', 'node');
    // Its header as the layout wrote it (a shortened line keeps its full text as a tooltip).
    for (const line of node.labels) await expect(drawn).toHaveTextContent(line.full);
    await expect(drawn?.querySelectorAll('[data-rule]')).toHaveLength(
      node.rules?.rules.length ?? 0,
    );
    const marks = stepMarks(w.layout, w.trace, step);
    const active = (marks.entities[node.id] ?? '').includes('active');
    if (active) await expect(drawn).toHaveAttribute('data-active', 'true');
    else await expect(drawn).not.toHaveAttribute('data-active');
    for (const rule of node.rules?.rules ?? []) {
      const line = drawn?.querySelector(`[data-rule="${CSS.escape(rule.id)}"]`);
      if (marks.rules.has(rule.id)) await expect(line).toHaveAttribute('data-active', 'true');
      else await expect(line).not.toHaveAttribute('data-active');
    }
  },
  parameters: {
    docs: {
      description: {
        component:
          "A cluster node (src/diagram/scene/NodeGlyph): its box, header (name, IP, pod CIDR), the cni0 bridge lane, its port, and its rule table: the Services as kube-proxy / eBPF rules. Lit by the step's marks: the node that rewrote the packet, the rule line that fired.",
      },
    },
  },
} satisfies Meta<NodeGlyphStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hop 2: node-3 rewrote the packet; its NodePort rule fired. */
export const RewroteThePacket: Story = {
  play: async ({ canvasElement }) => {
    const node = canvasElement.querySelector('[data-entity="node-3"]');
    await expect(node).toHaveAttribute('data-active', 'true');
    await expect(node).toHaveTextContent('kube-proxy (iptables)');
    await expect(
      node?.querySelector('[data-rule="rule:node-3:ingress-nginx/ingress-nginx-controller"]'),
    ).toHaveAttribute('data-active', 'true');
  },
};

/** node-1 runs the ingress controller; at the start nothing is lit. */
export const WithTheController: Story = {
  args: { node: 'node-1', stepIndex: 0 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-entity="node-1"]')).toHaveTextContent('node-1');
    const pod = canvasElement.querySelector('[data-entity="ingress-nginx-controller"]');
    await expect(pod).toHaveAttribute('data-kind', 'pod');
    await expect(canvasElement.querySelectorAll('[data-active="true"]')).toHaveLength(0);
  },
};

/** The node box alone, without its pods. */
export const WithoutPods: Story = { args: { node: 'node-2', pods: false } };

/** IPVS: the table as ipvsadm sees it. */
export const Ipvs: Story = { args: { scenario: 'proxy-ipvs' } };

/** eBPF: Cilium's service map. */
export const Ebpf: Story = { args: { scenario: 'proxy-ebpf' } };

/** One node of fifty: the layout's least detailed level. */
export const OneOfFifty: Story = {
  args: { scenario: 'fifty-nodes', node: 'node-37', stepIndex: 0 },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
