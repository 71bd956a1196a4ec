import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { RewriteList } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

const meta = {
  title: 'Panels/RewriteList',
  render: (args) => (
    <PanelStory args={args} panel={(w, step) => <RewriteList trace={w.trace} step={step} />} />
  ),
  args: { ...PANEL_STORY_ARGS, height: 300 },
  argTypes: panelStoryArgTypes,
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const panel = within(canvasElement).getByRole('region', { name: 'Rewrites' });
    const rewrites = w.trace.steps[step - 1]?.rewrites ?? [];
    if (rewrites.length === 0) await expect(within(panel).queryByRole('list')).toBeNull();
    else await expect(within(panel).getAllByRole('listitem')).toHaveLength(rewrites.length);
  },
  parameters: {
    docs: { description: { component: 'Every address rewrite made before the current leg.' } },
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing rewritten yet. */
export const Start: Story = { args: { stepIndex: 0 } };

/** The NodePort step: kube-proxy's DNAT (before → after) and the masquerade SNAT. */
export const NodePortRewrite: Story = {
  args: { stepIndex: 3 },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveTextContent('DNAT');
    await expect(items[0]).toHaveTextContent('192.168.10.13:32000');
    await expect(items[0]).toHaveTextContent('10.244.1.5:80');
    await expect(items[1]).toHaveTextContent('SNAT');
  },
};

/** The ingress controller's new connection. */
export const ProxyConnection: Story = { args: { stepIndex: 4 } };

/** Reply: conntrack undoes the request's rewrites. */
export const ReplyUndo: Story = { args: { reply: true, stepIndex: 6 } };

/** eBPF: Cilium rewrites at the socket / tc hook instead of kube-proxy. */
export const Ebpf: Story = { args: { scenario: 'proxy-ebpf', stepIndex: 3 } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { stepIndex: 3 } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' }, args: { stepIndex: 3 } };
