import './support/modes.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ExportTheme } from '../src/export/types';
import { ExportMenu } from '../src/export/ui/ExportMenu';
import { FORMAT_ENTRIES } from '../src/export/ui/formats';
import type { TraceModel } from '../src/sim';
import { StoryFrame } from './support/StoryFrame';
import { bundledScenario, DEFAULT_SCENARIO, SCENARIO_NAMES } from './support/scenarios';

/** No scenario on screen: the button is disabled. */
const NONE = '(none)';

/** Args of the ExportMenu stories. */
interface ExportMenuStoryArgs {
  /** A bundled scenario's `metadata.name`, or `(none)`. */
  scenario: string;
  /** Real or naive picture, as on screen. */
  model: TraceModel;
  /** Reply legs shown. */
  reply: boolean;
  /** The player's step the still images would show. */
  step: number;
  /** The theme written into the files; `document` takes `<html data-theme>` at export time. */
  theme: ExportTheme | 'document';
}

/** The menu's items in order, as a screen reader names them. */
const ITEM_NAMES = FORMAT_ENTRIES.map((e) => new RegExp(`^${e.label}\\b`));

const meta = {
  title: 'Export/ExportMenu',
  render: (args) => (
    <StoryFrame width={480} height={360} padded>
      {/* As in the header: at the right edge, the menu opens below, aligned to the button's end. */}
      <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <ExportMenu
          scenario={args.scenario === NONE ? null : bundledScenario(args.scenario)}
          model={args.model}
          reply={args.reply}
          step={args.step}
          theme={args.theme === 'document' ? undefined : args.theme}
        />
      </div>
    </StoryFrame>
  ),
  args: { scenario: DEFAULT_SCENARIO, model: 'real', reply: false, step: 3, theme: 'document' },
  argTypes: {
    scenario: {
      control: 'select',
      options: [...SCENARIO_NAMES, NONE],
      description: 'The scenario on screen; (none) disables the button',
    },
    model: { control: 'inline-radio', options: ['real', 'naive'] },
    reply: { control: 'boolean' },
    step: {
      control: { type: 'range', min: 0, max: 12, step: 1 },
      description: 'The step the still images (SVG, PNG) would show',
    },
    theme: {
      control: 'inline-radio',
      options: ['document', 'light', 'dark', 'contrast'],
      description: 'The theme written into the files; document: the page theme at export time',
    },
  },
  // Opened with a click: the five formats in order, the first one focused. (Nothing is chosen:
  // a story never runs an export.)
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Export' });
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = canvas.getByRole('menu', { name: 'Export' });
    const items = within(menu).getAllByRole('menuitem');
    await expect(items).toHaveLength(5);
    for (const [i, name] of ITEM_NAMES.entries()) await expect(items[i]).toHaveAccessibleName(name);
    await expect(items.map((item) => item.getAttribute('data-format'))).toEqual([
      'svg',
      'png',
      'pdf',
      'gif',
      'webm',
    ]);
    await waitFor(() => expect(items[0]).toHaveFocus());
  },
  parameters: {
    docs: {
      description: {
        component:
          'The header\'s "Export" menu button (src/export/ui/ExportMenu): SVG and PNG of the step on screen, a PDF of every step, the whole walk as GIF or WebM. A WAI-ARIA menu button: click, Enter, Space or ↓ opens it on the first item, ↑ on the last; ↑ ↓ Home End move; Escape closes. The export code loads only when an item is chosen, which these stories never do.',
      },
    },
  },
} satisfies Meta<ExportMenuStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open: SVG, PNG, PDF, GIF, WebM video, each with what it holds. */
export const Open: Story = {
  play: async (context) => {
    await meta.play(context);
    const menu = within(context.canvasElement).getByRole('menu', { name: 'Export' });
    for (const entry of FORMAT_ENTRIES) await expect(menu).toHaveTextContent(entry.hint);
  },
};

/** From the keyboard: ↑ opens on the last item, ↓ wraps to the first, Escape closes. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Export' });
    button.focus();
    await userEvent.keyboard('{ArrowUp}');
    const items = within(canvas.getByRole('menu', { name: 'Export' })).getAllByRole('menuitem');
    await waitFor(() => expect(items[4]).toHaveFocus());
    await expect(items[4]).toHaveAccessibleName(/^WebM video\b/);
    await userEvent.keyboard('{ArrowDown}');
    await expect(items[0]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(items[4]).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).toBeNull();
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  },
};

/** No scenario on screen: nothing to export, the button is disabled. */
export const NoScenario: Story = {
  args: { scenario: NONE },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Export' });
    await expect(button).toBeDisabled();
    await expect(within(canvasElement).queryByRole('menu')).toBeNull();
  },
};

/** Dark theme, open. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast, open. */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
