import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RewriteList } from '../../src/panels';
import { traceOf } from './fixtures';

describe('RewriteList', () => {
  it('says nothing was rewritten at step 0 and on a leg without rewrites', () => {
    const trace = traceOf('rabbit-hole');
    const { rerender } = render(<RewriteList trace={trace} step={0} />);
    expect(screen.getByText('Nothing has been rewritten yet.')).toBeInTheDocument();
    rerender(<RewriteList trace={trace} step={1} />);
    expect(screen.getByText('No address is rewritten on this leg.')).toBeInTheDocument();
  });

  it('lists each rewrite with its kind, before -> after, by and at', () => {
    render(<RewriteList trace={traceOf('rabbit-hole')} step={3} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'DNATkube-proxy (iptables) on node-3destination 192.168.10.13:32000→ becomes 10.244.1.5:80',
      'SNATkube-proxy (iptables) on node-3source 203.0.113.50:51000→ becomes 192.168.10.13:39605',
    ]);
    expect(screen.getByText('192.168.10.13:32000')).toBeInTheDocument();
    expect(screen.getByText('10.244.1.5:80')).toBeInTheDocument();
    expect(screen.getByText('DNAT')).toHaveClass('pw-kind--dnat');
  });

  it('shows a proxy rewrite as two connections, each with both ends', () => {
    const { container } = render(<RewriteList trace={traceOf('rabbit-hole')} step={4} />);
    const connections = [...container.querySelectorAll('.pw-connection')];
    expect(connections.map((c) => c.textContent)).toEqual([
      '192.168.10.13:39605 -> 10.244.1.5:80',
      '10.244.1.5:38011 -> 10.244.2.7:8080',
    ]);
    expect(screen.getByText('Arrives on')).toBeInTheDocument();
    expect(screen.getByText('New connection')).toBeInTheDocument();
    expect(screen.getByText('ingress controller on ingress-nginx-controller')).toBeInTheDocument();
  });

  it('marks the rewrites of a reply leg as undoing the request', () => {
    render(<RewriteList trace={traceOf('rabbit-hole', { reply: true })} step={7} />);
    expect(screen.getAllByText('undo')).toHaveLength(2);
    render(<RewriteList trace={traceOf('rabbit-hole', { reply: true })} step={6} />);
    expect(screen.getByText('Answer arrives on')).toBeInTheDocument();
    expect(screen.getByText('Relayed onto')).toBeInTheDocument();
  });

  it('shows the naive Service box as the place of the ClusterIP DNAT', () => {
    render(<RewriteList trace={traceOf('rabbit-hole', { model: 'naive' })} step={5} />);
    expect(screen.getByText('kube-proxy (iptables) on service/red')).toBeInTheDocument();
  });
});
