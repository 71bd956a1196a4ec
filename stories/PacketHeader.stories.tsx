import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PacketHeader } from '../src/panels';
import {
  PANEL_STORY_ARGS,
  type PanelStoryArgs,
  panelStoryArgTypes,
  resolveScenarioArgs,
} from './support/args';
import { PanelStory } from './support/PanelStory';

const meta = {
  title: 'Panels/PacketHeader',
  render: (args) => (
    <PanelStory args={args} panel={(w, step) => <PacketHeader trace={w.trace} step={step} />} />
  ),
  args: { ...PANEL_STORY_ARGS, height: 220 },
  argTypes: panelStoryArgTypes,
  play: async ({ canvasElement, args }) => {
    const { walked: w, step } = resolveScenarioArgs(args);
    const leg = w.trace.steps[Math.max(0, step - 1)];
    const panel = within(canvasElement).getByRole('region', { name: 'Packet' });
    await expect(panel).toHaveTextContent(leg?.packet.src ?? '');
    await expect(panel).toHaveTextContent(leg?.packet.dst ?? '');
  },
  parameters: {
    docs: {
      description: {
        component:
          "The packet's source and destination; a rewritten field shows the old value struck through and the new one highlighted.",
      },
    },
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** About to leave the client. */
export const Start: Story = { args: { stepIndex: 0 } };

/** The NodePort step: DNAT of the destination and SNAT of the source. */
export const NodePortRewrite: Story = {
  args: { stepIndex: 3 },
  play: async ({ canvasElement }) => {
    const text = canvasElement.textContent ?? '';
    for (const address of ['192.168.10.13:32000', '10.244.1.5:80', '203.0.113.50:51000']) {
      await expect(text).toContain(address);
    }
  },
};

/** The controller's new connection (proxy). */
export const ProxyConnection: Story = { args: { stepIndex: 4 } };

/** A reply leg. */
export const Reply: Story = { args: { reply: true, stepIndex: 6 } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { stepIndex: 3 } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' }, args: { stepIndex: 3 } };
