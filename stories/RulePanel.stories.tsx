import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { RulePanel, ruleBlocks } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

const meta = {
  title: 'Panels/RulePanel',
  render: (args) => (
    <PanelStory args={args} panel={(w, step) => <RulePanel trace={w.trace} step={step} />} />
  ),
  args: { ...PANEL_STORY_ARGS, stepIndex: 3, width: 560, height: 480 },
  argTypes: panelStoryArgTypes,
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const panel = within(canvasElement).getByRole('region', { name: 'Rule' });
    const blocks = ruleBlocks(w.trace, step);
    await expect(panel.querySelectorAll('pre')).toHaveLength(blocks.length);
    for (const block of blocks) await expect(panel.textContent).toContain(block.text);
  },
  parameters: {
    docs: {
      description: {
        component:
          "The rules behind the leg as the components' own tooling prints them (iptables-save, ipvsadm, nft, cilium, nginx).",
      },
    },
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** iptables on node-3: KUBE-NODEPORTS → KUBE-EXT → KUBE-SVC → KUBE-SEP DNAT, then MASQUERADE. */
export const Iptables: Story = {
  play: async ({ canvasElement }) => {
    const text = canvasElement.textContent ?? '';
    await expect(text).toContain('-A KUBE-NODEPORTS');
    await expect(text).toMatch(/-j DNAT --to-destination 10\.244\.1\.5:80/);
    await expect(text).toMatch(/KUBE-SEP-[A-Z0-9]{16}/);
  },
};

/** IPVS: the ipvsadm view of the NodePort's virtual server. */
export const Ipvs: Story = { args: { scenario: 'proxy-ipvs' } };

/** nftables: the kube-proxy table's maps. */
export const Nftables: Story = { args: { scenario: 'proxy-nftables' } };

/** eBPF: Cilium's service map. */
export const Ebpf: Story = { args: { scenario: 'proxy-ebpf' } };

/** nginx: the Ingress rule and the Lua balancer's endpoints. */
export const Nginx: Story = { args: { stepIndex: 4 } };

/** A drop: the rule that refused the packet. */
export const Dropped: Story = { args: { scenario: 'local-no-healthcheck', stepIndex: 2 } };

/** No rule acts on the client's leg. */
export const NoRule: Story = { args: { stepIndex: 1, height: 160 } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };
