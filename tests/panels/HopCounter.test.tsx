import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HopCounter } from '../../src/panels';
import { traceOf } from './fixtures';

function reading(container: HTMLElement) {
  return {
    value: container.querySelector('.pw-hopcount__value')?.textContent,
    detail: container.querySelector('.pw-hopcount__detail')?.textContent,
  };
}

describe('HopCounter', () => {
  const trace = traceOf('rabbit-hole', { reply: true });

  it('waits at the client at step 0', () => {
    const { container } = render(<HopCounter trace={trace} step={0} />);
    expect(reading(container).value).toBe('Not sent yet');
  });

  it('says the client -> LB leg is not a hop', () => {
    render(<HopCounter trace={trace} step={1} />);
    expect(screen.getByText('Before the load balancer: not a hop')).toBeInTheDocument();
  });

  it('counts "Hop 2 of 3" on node-3 -> controller', () => {
    const { container } = render(<HopCounter trace={trace} step={3} />);
    expect(reading(container).value).toBe('Hop 2 of 3');
  });

  it('gives the answer in big type with the outcome at the last request leg', () => {
    const { container } = render(<HopCounter trace={trace} step={4} />);
    expect(screen.getByLabelText('Hop counter')).toHaveClass('pw-hopcount--answer');
    expect(reading(container)).toEqual({
      value: '3 hops',
      detail: 'Hop 3 of 3, the last. Outcome: delivered to red-1',
    });
    expect(screen.getByText('The answer')).toBeInTheDocument();
  });

  it('shows "Reply" on the way back, and keeps the answer', () => {
    const { container } = render(<HopCounter trace={trace} step={6} />);
    expect(reading(container).value).toBe('Reply');
    expect(reading(container).detail).toContain('the answer stays 3 hops');
  });

  it('counts 4 hops in the naive picture and says which picture it is', () => {
    render(<HopCounter trace={traceOf('rabbit-hole', { model: 'naive' })} step={5} />);
    expect(screen.getByText('4 hops')).toBeInTheDocument();
    expect(screen.getByText('Naive picture')).toBeInTheDocument();
  });

  it('answers "2 hops" with the 404 of a path no rule matches', () => {
    const { container } = render(<HopCounter trace={traceOf('path-miss-404')} step={3} />);
    expect(reading(container).value).toBe('2 hops');
    expect(reading(container).detail).toContain('404: no rule matches /testpathology');
  });

  it('answers "0 hops" when the load balancer drops the request', () => {
    const { container } = render(<HopCounter trace={traceOf('local-outage')} step={1} />);
    expect(reading(container)).toEqual({
      value: '0 hops',
      detail: 'Outcome: dropped: no healthy target',
    });
  });
});
