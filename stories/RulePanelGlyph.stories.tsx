import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { stepMarks } from '../src/diagram';
import { RulePanelGlyph } from '../src/diagram/scene/RulePanelGlyph';
import type { Layout, RulePanel } from '../src/layout';
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

/** Args of the RulePanelGlyph stories. */
interface RulePanelStoryArgs extends ScenarioArgs, SizeArgs {
  /** The node whose rule table is drawn. */
  node: string;
}

function panelOf(layout: Layout, name: string): RulePanel {
  const node = pick(layout.nodes, name, 'node');
  if (node.rules === null) throw new Error(`${name} has no room for its rule table at this size`);
  return node.rules;
}

function RulePanelStory(args: RulePanelStoryArgs) {
  const { walked: w, step } = resolveScenarioArgs(args);
  const panel = panelOf(w.layout, args.node);
  return (
    <DiagramPart
      walked={w}
      step={step}
      view={around([panel], 8)}
      scene={false}
      title={`The rule table of ${args.node}`}
      width={args.width}
      height={args.height}
    >
      <RulePanelGlyph panel={panel} />
    </DiagramPart>
  );
}

const meta = {
  title: 'Diagram/Parts/RulePanelGlyph',
  render: (args) => (
    <StoryErrorBoundary resetKey={JSON.stringify(args)}>
      <RulePanelStory {...args} />
    </StoryErrorBoundary>
  ),
  args: { ...DEFAULT_SCENARIO_ARGS, stepIndex: 3, node: 'node-3', width: 480, height: 240 },
  argTypes: {
    ...scenarioArgTypes,
    node: {
      control: 'select',
      options: [...NODE_NAMES],
      description: 'The node whose rule table is drawn',
    },
    ...sizeArgTypes,
  },
  // The table's title, one group per Service rule (`data-rule`), and exactly the rules that
  // fired on the step lit (`data-active`).
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const panel = panelOf(w.layout, args.node);
    const table = canvasElement.querySelector('.pw-rules');
    if (panel.title) await expect(table).toHaveTextContent(panel.title.full);
    const rules = [...(table?.querySelectorAll('[data-rule]') ?? [])];
    await expect(rules.map((r) => r.getAttribute('data-rule'))).toEqual(
      panel.rules.map((r) => r.id),
    );
    const fired = stepMarks(w.layout, w.trace, step).rules;
    for (const rule of rules) {
      const id = rule.getAttribute('data-rule') ?? '';
      if (fired.has(id)) await expect(rule).toHaveAttribute('data-active', 'true');
      else await expect(rule).not.toHaveAttribute('data-active');
    }
  },
  parameters: {
    docs: {
      description: {
        component:
          "A node's rule table (src/diagram/scene/RulePanelGlyph): the Services as what they are, rules programmed on every node (kube-proxy or eBPF), one line each. The line that rewrote the packet on the step lights up.",
      },
    },
  },
} satisfies Meta<RulePanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Hop 2: node-3's NodePort rule for the ingress controller fires. */
export const NodePortRuleFires: Story = {
  play: async ({ canvasElement }) => {
    const rule = canvasElement.querySelector(
      '[data-rule="rule:node-3:ingress-nginx/ingress-nginx-controller"]',
    );
    await expect(rule).toHaveAttribute('data-active', 'true');
    await expect(rule).toHaveTextContent('NodePort :32000');
  },
};

/** The same rules on node-2: programmed on every node, none fired. */
export const SameRulesElsewhere: Story = {
  args: { node: 'node-2' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-rule]')).toHaveLength(2);
    await expect(canvasElement.querySelectorAll('[data-active="true"]')).toHaveLength(0);
  },
};

/** service-upstream: node-1's ClusterIP rule for red fires (nginx sent to the Service IP). */
export const ClusterIpRuleFires: Story = {
  args: { scenario: 'service-upstream', node: 'node-1', stepIndex: 4 },
  play: async ({ canvasElement }) => {
    await expect(
      canvasElement.querySelector('[data-rule="rule:node-1:default/red"]'),
    ).toHaveAttribute('data-active', 'true');
  },
};

/** IPVS. */
export const Ipvs: Story = { args: { scenario: 'proxy-ipvs' } };

/** nftables. */
export const Nftables: Story = { args: { scenario: 'proxy-nftables' } };

/** externalTrafficPolicy: Local: the rule says which endpoints are local. */
export const LocalPolicy: Story = { args: { scenario: 'local-policy', node: 'node-4' } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
