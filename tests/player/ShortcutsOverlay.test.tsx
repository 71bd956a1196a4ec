import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createManualClock, SHORTCUTS, ShortcutsOverlay } from '../../src/player';
import { PlayerHarness } from './PlayerHarness';

function WithOpener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Shortcuts
      </button>
      <ShortcutsOverlay open={open} onClose={() => setOpen(false)} />
    </>
  );
}

describe('ShortcutsOverlay', () => {
  it('renders nothing when closed', () => {
    render(<ShortcutsOverlay open={false} onClose={() => {}} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('is a labelled modal dialog that lists every shortcut', () => {
    render(<ShortcutsOverlay open onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.lastElementChild?.textContent)).toEqual([
      ...SHORTCUTS.map((s) => s.description),
      'Close this list',
    ]);
    expect(rows[0]).toHaveTextContent('→ or Page Down or Space');
  });

  it('moves focus to Close and gives it back on Escape', async () => {
    const user = userEvent.setup();
    render(<WithOpener />);
    const opener = screen.getByRole('button', { name: 'Shortcuts' });
    await user.click(opener);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes with the Close button and gives focus back', async () => {
    const user = userEvent.setup();
    render(<WithOpener />);
    const opener = screen.getByRole('button', { name: 'Shortcuts' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<WithOpener />);
    await user.click(screen.getByRole('button', { name: 'Shortcuts' }));
    const close = screen.getByRole('button', { name: 'Close' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
  });

  it('calls onClose for ? too', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<ShortcutsOverlay open onClose={onClose} />);
    await user.keyboard('?');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('opens with ? and closes with ? again, returning focus', async () => {
    const user = userEvent.setup();
    render(<PlayerHarness stepCount={3} clock={createManualClock()} />);
    const next = screen.getByRole('button', { name: 'Next step' });
    next.focus();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(next).toHaveFocus();
  });
});
