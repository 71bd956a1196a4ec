import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { DiagramLegend } from '../src/diagram';
import { StoryFrame } from './support/StoryFrame';

const meta = {
  title: 'Diagram/DiagramLegend',
  component: DiagramLegend,
  render: (args) => (
    <StoryFrame width={360} height={240} padded>
      <DiagramLegend {...args} />
    </StoryFrame>
  ),
  args: { label: 'Diagram key' },
  play: async ({ canvasElement, args }) => {
    const list = within(canvasElement).getByRole('list', { name: args.label });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(6);
  },
} satisfies Meta<typeof DiagramLegend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The key to the diagram's marks: the three rewrites, trails, a hop badge, the ring. */
export const Default: Story = {};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast (talk mode). */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
