import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  createManualClock,
  LEG_DURATION_MS,
  PlayerControls,
  type PlayerView,
} from '../../src/player';
import { PlayerHarness } from './PlayerHarness';

function view(fields: Partial<PlayerView> = {}): PlayerView {
  return { stepCount: 7, step: 0, playing: false, speed: 1, reducedMotion: false, ...fields };
}

describe('PlayerControls', () => {
  it('names every control and reads the position', () => {
    render(<PlayerControls state={view({ step: 2 })} onAction={() => {}} />);
    expect(screen.getByRole('group', { name: 'Player controls' })).toBeInTheDocument();
    for (const name of ['First step', 'Previous step', 'Play', 'Next step', 'Last step']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveValue('1');
    expect(screen.getByText('Step 2 of 7')).toBeInTheDocument();
  });

  it('reads "Start" at step 0 and disables going back', () => {
    render(<PlayerControls state={view()} onAction={() => {}} />);
    expect(screen.getByText('Start')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('button', { name: 'First step' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Next step' })).not.toHaveAttribute('aria-disabled');
  });

  it('disables going on at the last step, but keeps the buttons focusable', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn();
    render(<PlayerControls state={view({ step: 7 })} onAction={onAction} />);
    const next = screen.getByRole('button', { name: 'Next step' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Last step' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(next);
    expect(onAction).not.toHaveBeenCalled();
    next.focus();
    expect(next).toHaveFocus();
  });

  it.each([
    ['First step', { type: 'home' }],
    ['Previous step', { type: 'previous' }],
    ['Play', { type: 'play' }],
    ['Next step', { type: 'next' }],
    ['Last step', { type: 'end' }],
  ])('%s sends %o', async (name, action) => {
    const user = userEvent.setup();
    const onAction = vi.fn();
    render(<PlayerControls state={view({ step: 3 })} onAction={onAction} />);
    await user.click(screen.getByRole('button', { name }));
    expect(onAction).toHaveBeenCalledExactlyOnceWith(action);
  });

  it('shows Pause while playing and sends pause', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn();
    render(<PlayerControls state={view({ step: 3, playing: true })} onAction={onAction} />);
    expect(screen.queryByRole('button', { name: 'Play' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(onAction).toHaveBeenCalledExactlyOnceWith({ type: 'pause' });
  });

  it('sends the chosen speed', async () => {
    const user = userEvent.setup();
    const onAction = vi.fn();
    render(<PlayerControls state={view()} onAction={onAction} />);
    const select = screen.getByRole('combobox', { name: 'Speed' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '0.5×',
      '0.75×',
      '1×',
      '1.5×',
      '2×',
    ]);
    await user.selectOptions(select, '1.5');
    expect(onAction).toHaveBeenCalledExactlyOnceWith({ type: 'setSpeed', speed: 1.5 });
  });

  it('hides the icons from assistive technology', () => {
    const { container } = render(<PlayerControls state={view()} onAction={() => {}} />);
    const icons = container.querySelectorAll('svg');
    expect(icons).toHaveLength(5);
    for (const icon of icons) expect(icon).toHaveAttribute('aria-hidden', 'true');
  });

  it('disables Play on an empty trace', () => {
    render(<PlayerControls state={view({ stepCount: 0 })} onAction={() => {}} />);
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('PlayerControls with usePlayer', () => {
  it('toggles Play and Pause, and Pause turns back to Play at the end', async () => {
    const user = userEvent.setup();
    const clock = createManualClock();
    render(<PlayerHarness stepCount={2} clock={clock} />);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    act(() => clock.advance(10 * LEG_DURATION_MS));
    expect(screen.getByText('Step 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(clock.subscriberCount()).toBe(0);
  });

  it('steps with the buttons', async () => {
    const user = userEvent.setup();
    render(<PlayerHarness stepCount={3} clock={createManualClock()} />);
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText('Step 2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Last step' }));
    expect(screen.getByText('Step 3 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'First step' }));
    expect(screen.getByText('Start')).toBeInTheDocument();
  });
});
