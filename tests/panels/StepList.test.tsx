import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StepList } from '../../src/panels';
import { traceOf } from './fixtures';

describe('StepList', () => {
  const trace = traceOf('rabbit-hole', { reply: true });

  it('lists the start and every leg as a button, from -> to', () => {
    render(<StepList trace={trace} step={0} onSelect={() => {}} />);
    const nav = screen.getByRole('navigation', { name: 'Steps' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons).toHaveLength(trace.steps.length + 1);
    expect(buttons[0]).toHaveTextContent('Start: client');
    expect(buttons[2]).toHaveAccessibleName('Step 2 cloud-lb to node-3 Hop 1');
  });

  it('badges counted legs with their hop number and marks reply legs', () => {
    render(<StepList trace={trace} step={0} onSelect={() => {}} />);
    expect(screen.getAllByText(/^Hop \d$/).map((b) => b.textContent)).toEqual([
      'Hop 1',
      'Hop 2',
      'Hop 3',
    ]);
    expect(screen.getAllByText('Reply')).toHaveLength(4);
  });

  it('marks the current step with aria-current="step", and only it', () => {
    render(<StepList trace={trace} step={3} onSelect={() => {}} />);
    const current = screen
      .getAllByRole('button')
      .filter((b) => b.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('node-3');
  });

  it('jumps to a step when its button is pressed', async () => {
    const onSelect = vi.fn();
    render(<StepList trace={trace} step={0} onSelect={onSelect} />);
    await userEvent.click(screen.getByRole('button', { name: /^Step 4 / }));
    await userEvent.click(screen.getByRole('button', { name: /^Step 0 / }));
    expect(onSelect.mock.calls).toEqual([[4], [0]]);
  });

  it('uses no name the player controls use ("Play", "Next step", ...)', () => {
    render(<StepList trace={trace} step={0} onSelect={() => {}} />);
    for (const button of screen.getAllByRole('button')) {
      expect(button.textContent).not.toMatch(/play|pause|next step|previous step/i);
    }
  });
});
