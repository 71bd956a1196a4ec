import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createManualClock, type PlayerAction, useKeyboardShortcuts } from '../../src/player';
import { PlayerHarness } from './PlayerHarness';

function position(): string {
  return screen.getByText(/^(Start|Step \d+ of \d+)$/).textContent ?? '';
}

function KeysOnly(props: { dispatch: (a: PlayerAction) => void; enabled?: boolean }) {
  useKeyboardShortcuts(props.dispatch, { enabled: props.enabled });
  return <textarea aria-label="Notes" />;
}

describe('useKeyboardShortcuts', () => {
  it.each([
    ['{ArrowRight}', 'Step 1 of 5'],
    ['{PageDown}', 'Step 1 of 5'],
    [' ', 'Step 1 of 5'],
    ['{ArrowRight}{ArrowRight}{ArrowLeft}', 'Step 1 of 5'],
    ['{ArrowRight}{ArrowRight}{PageUp}', 'Step 1 of 5'],
    ['{End}', 'Step 5 of 5'],
    ['{End}{Home}', 'Start'],
  ])('%s shows %s', async (keys, expected) => {
    const user = userEvent.setup();
    render(<PlayerHarness stepCount={5} clock={createManualClock()} />);
    await user.keyboard(keys);
    expect(position()).toBe(expected);
  });

  it.each(['p', 'P'])('%s toggles play', async (key) => {
    const user = userEvent.setup();
    render(<PlayerHarness stepCount={5} clock={createManualClock()} />);
    await user.keyboard(key);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.keyboard(key);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it.each([' ', 'PageDown', 'Home', 'End'])('claims %j so the page does not scroll', (key) => {
    render(<PlayerHarness stepCount={5} clock={createManualClock()} />);
    expect(fireEvent.keyDown(document.body, { key })).toBe(false);
  });

  it('leaves unbound keys alone', () => {
    const dispatch = vi.fn();
    render(<KeysOnly dispatch={dispatch} />);
    expect(fireEvent.keyDown(document.body, { key: 'x' })).toBe(true);
    expect(fireEvent.keyDown(document.body, { key: 'ArrowDown' })).toBe(true);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('does not step while typing in an input', async () => {
    const user = userEvent.setup();
    render(<PlayerHarness stepCount={5} clock={createManualClock()} />);
    const input = screen.getByRole('textbox', { name: 'Search' });
    await user.type(input, 'p ?{ArrowRight}{End}');
    expect(input).toHaveValue('p ?');
    expect(position()).toBe('Start');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('ignores textareas, selects and contenteditable elements', () => {
    const dispatch = vi.fn();
    const { container } = render(<KeysOnly dispatch={dispatch} />);
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const select = document.createElement('select');
    container.append(editable, select);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Notes' }), { key: 'ArrowRight' });
    fireEvent.keyDown(editable, { key: ' ' });
    fireEvent.keyDown(select, { key: 'ArrowLeft' });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Meta', { metaKey: true }],
    ['Alt', { altKey: true }],
  ])('ignores keys with %s held', (_name, modifiers) => {
    const dispatch = vi.fn();
    render(<KeysOnly dispatch={dispatch} />);
    expect(fireEvent.keyDown(document.body, { key: 'ArrowRight', ...modifiers })).toBe(true);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('lets Space on a focused button press that button only', async () => {
    const user = userEvent.setup();
    render(<PlayerHarness stepCount={5} clock={createManualClock()} />);
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    screen.getByRole('button', { name: 'Previous step' }).focus();
    await user.keyboard(' ');
    expect(position()).toBe('Step 1 of 5');
    screen.getByRole('button', { name: 'Play' }).focus();
    await user.keyboard(' ');
    expect(position()).toBe('Step 2 of 5');
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
  });

  it('repeats held arrows but not a held P', () => {
    const dispatch = vi.fn();
    render(<KeysOnly dispatch={dispatch} />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight', repeat: true });
    expect(fireEvent.keyDown(document.body, { key: 'p', repeat: true })).toBe(false);
    expect(dispatch.mock.calls).toEqual([[{ type: 'next' }]]);
  });

  it('stops listening when disabled', () => {
    const dispatch = vi.fn();
    const { rerender } = render(<KeysOnly dispatch={dispatch} enabled={false} />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(dispatch).not.toHaveBeenCalled();
    rerender(<KeysOnly dispatch={dispatch} enabled />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith({ type: 'next' });
  });

  it('runs extra shortcuts, in either case, and lists them in the overlay', async () => {
    const user = userEvent.setup();
    const blackout = vi.fn();
    const extra = [{ keys: ['b'], keyLabels: ['B'], description: 'Black screen', run: blackout }];
    render(<PlayerHarness stepCount={5} clock={createManualClock()} extra={extra} />);
    await user.keyboard('bB');
    expect(blackout).toHaveBeenCalledTimes(2);
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Black screen');
    expect(position()).toBe('Start');
  });

  it('does not step the player while the overlay is open', async () => {
    const user = userEvent.setup();
    render(<PlayerHarness stepCount={5} clock={createManualClock()} />);
    await user.keyboard('?');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{End}p');
    expect(position()).toBe('Start');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });
});
