import './support/modes.css';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CopyLinkButton, createManualWallClock } from '../src/modes';
import { StoryFrame } from './support/StoryFrame';

/** Args of the CopyLinkButton stories. */
interface CopyLinkStoryArgs {
  /** The link copied (the app passes the page's URL for the step on screen). */
  url: string;
  /** Whether the clipboard takes it; false shows the link selected in a field instead. */
  clipboardWorks: boolean;
  /** Told what was copied. */
  onCopy: (text: string) => void;
}

// A clock that moves only when a play function says so: "Copied" resets after 2.5 s.
const clock = createManualWallClock();

const meta = {
  title: 'Modes/CopyLinkButton',
  render: (args) => (
    <StoryFrame width={560} height={96} padded>
      <CopyLinkButton
        url={() => args.url}
        clock={clock}
        copy={async (text) => {
          args.onCopy(text);
          return args.clipboardWorks;
        }}
      />
    </StoryFrame>
  ),
  args: {
    url: 'https://packetwalk.example/?scenario=rabbit-hole&step=3',
    clipboardWorks: true,
    onCopy: fn(),
  },
  argTypes: {
    clipboardWorks: {
      control: 'boolean',
      description: 'Whether the clipboard takes the link; false shows it selected in a field',
    },
  },
  // A click copies the link it is given. When the clipboard takes it, the button says "Copied"
  // (and a status tells screen readers) until 2.5 s pass on the story's clock; when it does
  // not, the link shows selected in a field, ready for Ctrl+C.
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Copy link to this step' });
    await expect(button).toHaveTextContent('Copy link');
    await userEvent.click(button);
    await expect(args.onCopy).toHaveBeenCalledWith(args.url);
    if (!args.clipboardWorks) {
      const field = await canvas.findByRole('textbox', {
        name: 'Link to this step (press Ctrl+C to copy)',
      });
      await expect(field).toHaveValue(args.url);
      await waitFor(() => expect(field).toHaveFocus());
      return;
    }
    await waitFor(() => expect(button).toHaveTextContent('Copied'));
    // The name keeps the visible word (WCAG 2.5.3, label in name).
    await expect(button).toHaveAccessibleName('Copied link to this step');
    await expect(canvas.getByRole('status')).toHaveTextContent('Link copied to the clipboard');
    clock.advance(2500);
    await waitFor(() => expect(button).toHaveTextContent('Copy link'));
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
  },
  parameters: {
    docs: {
      description: {
        component:
          '"Copy link to this step" (src/modes/CopyLinkButton): copies the URL of what is on screen and says "Copied" for a moment; when the clipboard is out of reach it shows the link selected in a field, ready for Ctrl+C. The copy function and the clock are injected: nothing touches the real clipboard, nothing ticks.',
      },
    },
  },
} satisfies Meta<CopyLinkStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Copied: the button says so, a status tells screen readers, and it resets after 2.5 s. */
export const Copied: Story = {};

/** No clipboard: the link is shown in a field, selected, for Ctrl+C. */
export const ClipboardUnavailable: Story = { args: { clipboardWorks: false } };

/** At rest: nothing clicked, nothing copied. */
export const Idle: Story = {
  play: async ({ canvasElement, args }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: 'Copy link to this step' }),
    ).toHaveTextContent('Copy link');
    await expect(args.onCopy).not.toHaveBeenCalled();
  },
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** High contrast. */
export const HighContrast: Story = { globals: { theme: 'contrast' } };
