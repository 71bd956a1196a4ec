import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OutcomePanel } from '../../src/panels';
import { traceOf } from './fixtures';

describe('OutcomePanel', () => {
  it('stays hidden before the last request leg', () => {
    const { container } = render(<OutcomePanel trace={traceOf('rabbit-hole')} step={3} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows "Delivered" with an icon and the outcome, in the colour of success', () => {
    const { container } = render(
      <OutcomePanel trace={traceOf('rabbit-hole')} step={4} summary="Because." />,
    );
    const panel = screen.getByLabelText('Outcome');
    expect(panel).toHaveClass('pw-outcome--delivered');
    expect(panel).toHaveTextContent('Delivered');
    expect(panel).toHaveTextContent('delivered to red-1');
    expect(panel).toHaveTextContent('Why: Because.');
    expect(container.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('keeps showing the outcome on reply legs', () => {
    render(<OutcomePanel trace={traceOf('rabbit-hole', { reply: true })} step={8} />);
    expect(screen.getByText('Delivered')).toBeInTheDocument();
  });

  it('shows a 404 with where it was answered', () => {
    render(<OutcomePanel trace={traceOf('path-miss-404')} step={3} />);
    expect(screen.getByText('HTTP 404')).toBeInTheDocument();
    expect(screen.getByText('404: no rule matches /testpathology')).toBeInTheDocument();
    expect(
      screen.getByText('at ingress-nginx-controller, by ingress controller'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Outcome')).toHaveClass('pw-outcome--http-error');
  });

  it('shows a drop at the load balancer from leg 1', () => {
    render(<OutcomePanel trace={traceOf('local-outage')} step={1} />);
    expect(screen.getByText('Dropped')).toBeInTheDocument();
    expect(screen.getByText('dropped: no healthy target')).toBeInTheDocument();
    expect(screen.getByLabelText('Outcome')).toHaveClass('pw-outcome--dropped');
  });

  it('shows a reject by kube-proxy', () => {
    render(<OutcomePanel trace={traceOf('ingress-down')} step={2} />);
    expect(screen.getByText('Rejected')).toBeInTheDocument();
    expect(screen.getByText('at node-3, by kube-proxy (iptables)')).toBeInTheDocument();
  });

  it('says when the walk is the naive picture', () => {
    render(<OutcomePanel trace={traceOf('rabbit-hole', { model: 'naive' })} step={5} />);
    expect(screen.getByText(/This is the naive picture/)).toBeInTheDocument();
  });
});
