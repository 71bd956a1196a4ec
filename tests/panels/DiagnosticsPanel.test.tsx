import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DiagnosticsPanel, type DiagnosticsReport } from '../../src/panels';

const report: DiagnosticsReport = {
  title: 'broken.yaml did not load',
  entries: [
    { file: 'broken.yaml', line: 3, column: 5, message: 'unknown field "metdata"' },
    { file: 'broken.yaml', line: 9, column: 1, message: '<script>alert(1)</script>' },
  ],
  note: 'Still showing the last good scenario: Down the rabbit hole.',
};

describe('DiagnosticsPanel', () => {
  it('lists file:line:col: message lines in an alert', () => {
    render(<DiagnosticsPanel report={report} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName('broken.yaml did not load');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'broken.yaml:3:5: unknown field "metdata"',
      'broken.yaml:9:1: <script>alert(1)</script>',
    ]);
    expect(alert.querySelector('script')).toBeNull();
    expect(alert).toHaveTextContent('Still showing the last good scenario');
  });

  it('offers Dismiss only with a handler, and calls it', async () => {
    const { rerender } = render(<DiagnosticsPanel report={report} />);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    const onDismiss = vi.fn();
    rerender(<DiagnosticsPanel report={report} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
