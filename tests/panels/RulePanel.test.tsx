import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RulePanel } from '../../src/panels';
import { traceOf } from './fixtures';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.restoreAllMocks();
});

describe('RulePanel', () => {
  it('says when no rule acts on a leg', () => {
    render(<RulePanel trace={traceOf('rabbit-hole')} step={1} />);
    expect(screen.getByText('No rule acts on this leg.')).toBeInTheDocument();
  });

  it("shows each rewrite's rule verbatim in a <pre>, never re-wrapped", () => {
    const trace = traceOf('rabbit-hole');
    const { container } = render(<RulePanel trace={trace} step={3} />);
    const pres = [...container.querySelectorAll('pre')];
    expect(pres.map((p) => p.textContent)).toEqual(trace.steps[2]?.rewrites.map((r) => r.rule));
    expect(pres[0]).toHaveAttribute('tabindex', '0');
    expect(screen.getByText('DNAT · kube-proxy (iptables) on node-3')).toBeInTheDocument();
  });

  it('shows the end rule of a 404 and of a drop', () => {
    const notFound = traceOf('path-miss-404');
    const { container, unmount } = render(<RulePanel trace={notFound} step={3} />);
    expect(container.querySelectorAll('pre')[2]?.textContent).toBe(notFound.end?.rule);
    unmount();
    const dropped = traceOf('local-outage');
    render(<RulePanel trace={dropped} step={1} />);
    expect(screen.getByText('Dropped at cloud-lb · cloud load balancer')).toBeInTheDocument();
  });

  it('copies a rule with the Clipboard API and says "Copied"', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    stubClipboard(writeText);
    const trace = traceOf('rabbit-hole');
    render(<RulePanel trace={trace} step={2} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy DNAT rule' }));
    expect(writeText).toHaveBeenCalledWith(trace.steps[1]?.rewrites[0]?.rule);
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard');
  });

  it('falls back to execCommand when the Clipboard API refuses', async () => {
    stubClipboard(async () => {
      throw new Error('denied');
    });
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<RulePanel trace={traceOf('rabbit-hole')} step={2} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy DNAT rule' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    // The helper textarea is gone again.
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('selects the text and says so when no way of copying works', async () => {
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    render(<RulePanel trace={traceOf('rabbit-hole')} step={2} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy DNAT rule' }));
    expect(
      await screen.findByText('Copy blocked: text selected, press Ctrl+C'),
    ).toBeInTheDocument();
    expect(document.getSelection()?.toString()).toContain('cloud-lb forwarding rule');
  });
});
