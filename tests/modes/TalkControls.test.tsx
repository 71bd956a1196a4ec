import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AUTO_HIDE_MS } from '../../src/modes';
import { setup } from './talkHarness';

const toolbar = () => screen.getByRole('toolbar', { name: 'Talk controls' });

describe('TalkView controls', () => {
  it('hide until the pointer moves, then hide again when it rests', () => {
    const { clock } = setup();
    expect(toolbar()).toHaveAttribute('data-visible', 'false');
    fireEvent.pointerMove(window);
    expect(toolbar()).toHaveAttribute('data-visible', 'true');
    act(() => clock.advance(AUTO_HIDE_MS - 100));
    fireEvent.pointerMove(window);
    act(() => clock.advance(AUTO_HIDE_MS - 100));
    expect(toolbar()).toHaveAttribute('data-visible', 'true');
    act(() => clock.advance(100));
    expect(toolbar()).toHaveAttribute('data-visible', 'false');
  });

  it('stay while the pointer is over them', () => {
    const { clock } = setup();
    fireEvent.pointerMove(window);
    fireEvent.pointerEnter(toolbar());
    act(() => clock.advance(AUTO_HIDE_MS * 4));
    expect(toolbar()).toHaveAttribute('data-visible', 'true');
    fireEvent.pointerLeave(toolbar());
    act(() => clock.advance(AUTO_HIDE_MS));
    expect(toolbar()).toHaveAttribute('data-visible', 'false');
  });

  it('stay reachable by keyboard while hidden, and work', async () => {
    const { spies } = setup(1);
    expect(toolbar()).toHaveAttribute('data-visible', 'false');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Next step' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(spies.onAction).toHaveBeenLastCalledWith({ type: 'next' });
    await userEvent.click(screen.getByRole('button', { name: 'Exit talk mode' }));
    await userEvent.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(spies.onExit).toHaveBeenCalledTimes(1);
    expect(spies.onPresenter).toHaveBeenCalledTimes(1);
  });
});
