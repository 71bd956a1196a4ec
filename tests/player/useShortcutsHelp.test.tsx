import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  type CustomShortcut,
  type PlayerAction,
  SHORTCUTS,
  ShortcutsOverlay,
  useShortcutsHelp,
} from '../../src/player';

function Screen(props: { dispatch: (a: PlayerAction) => void; extra: CustomShortcut[] }) {
  const help = useShortcutsHelp(props.dispatch, props.extra);
  return (
    <>
      <button type="button" onClick={help.show}>
        Shortcuts
      </button>
      <ShortcutsOverlay {...help.overlay} />
    </>
  );
}

describe('useShortcutsHelp', () => {
  it('binds the extra keys and lists exactly the keys it binds', async () => {
    const user = userEvent.setup();
    const dispatch = vi.fn();
    const run = vi.fn();
    const extra = [{ keys: ['b'], keyLabels: ['B'], description: 'Blank', run }];
    render(<Screen dispatch={dispatch} extra={extra} />);
    await user.keyboard('b{ArrowRight}');
    expect(run).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith({ type: 'next' });

    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => row.lastElementChild?.textContent)).toEqual([
      ...SHORTCUTS.map((s) => s.description),
      'Blank',
      'Close this list',
    ]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
