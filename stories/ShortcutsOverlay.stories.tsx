import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { SHORTCUTS, ShortcutsOverlay } from '../src/player';
import { StoryFrame } from './support/StoryFrame';

function body(canvasElement: HTMLElement) {
  return within(canvasElement.ownerDocument.body);
}

const meta = {
  title: 'Player/ShortcutsOverlay',
  component: ShortcutsOverlay,
  // The dialog is portalled to <body>; the frame keeps the story's size fixed.
  render: (args) => (
    <StoryFrame width={720} height={560}>
      <ShortcutsOverlay {...args} />
    </StoryFrame>
  ),
  args: { open: true, onClose: fn() },
  play: async ({ canvasElement, args }) => {
    const dialog = body(canvasElement).queryByRole('dialog', { name: 'Keyboard shortcuts' });
    if (!args.open) return expect(dialog).toBeNull();
    const rows = (args.shortcuts ?? SHORTCUTS).length + 2; // + the header and Escape rows
    await expect(within(dialog as HTMLElement).getAllByRole('row')).toHaveLength(rows);
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ShortcutsOverlay>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open: every shortcut, focus on Close; Escape asks to close. */
export const Open: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = body(canvasElement).getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(within(dialog).getAllByRole('row')).toHaveLength(SHORTCUTS.length + 2);
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalledOnce();
  },
};

/** With the app's extra shortcuts (talk mode). */
export const WithExtraShortcuts: Story = {
  args: {
    shortcuts: [
      ...SHORTCUTS,
      { keys: ['b'], keyLabels: ['B'], description: 'Black out the screen' },
      { keys: ['f'], keyLabels: ['F'], description: 'Full screen' },
    ],
  },
};

/** Closed: nothing is rendered. */
export const Closed: Story = { args: { open: false } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };
