import { describe, expect, it } from 'vitest';
import { isOutcomeReached, lastRequestStep, summarizeOutcome } from '../../src/panels';
import type { Trace } from '../../src/sim';
import { traceOf } from './fixtures';

describe('summarizeOutcome', () => {
  it.each([
    ['rabbit-hole', { kind: 'delivered', label: 'Delivered', text: 'delivered to red-1' }],
    [
      'path-miss-404',
      {
        kind: 'http-error',
        label: 'HTTP 404',
        text: '404: no rule matches /testpathology',
        where: 'at ingress-nginx-controller, by ingress controller',
      },
    ],
    [
      'no-endpoints-503',
      {
        kind: 'http-error',
        label: 'HTTP 503',
        text: '503: default/red has no endpoints',
        where: 'at ingress-nginx-controller, by ingress controller',
      },
    ],
    [
      'local-outage',
      {
        kind: 'dropped',
        label: 'Dropped',
        text: 'dropped: no healthy target',
        where: 'at cloud-lb, by cloud load balancer',
      },
    ],
    [
      'ingress-down',
      {
        kind: 'rejected',
        label: 'Rejected',
        text: 'rejected: ingress-nginx/ingress-nginx-controller has no endpoints',
        where: 'at node-3, by kube-proxy (iptables)',
      },
    ],
  ])('%s', (name, expected) => {
    expect(summarizeOutcome(traceOf(name))).toEqual(expected);
  });

  it('reads the outcome sentence when a trace carries no `end`', () => {
    const base: Trace = { ...traceOf('path-miss-404'), end: undefined };
    expect(summarizeOutcome(base)).toMatchObject({ kind: 'http-error', label: 'HTTP 404' });
    const dropped: Trace = { ...base, outcome: 'dropped: no healthy target' };
    expect(summarizeOutcome(dropped)).toMatchObject({ kind: 'dropped', label: 'Dropped' });
    const rejected: Trace = { ...base, outcome: 'rejected: nothing there' };
    expect(summarizeOutcome(rejected).kind).toBe('rejected');
  });
});

describe('where the outcome is reached', () => {
  it('is the last request leg, also when reply legs follow', () => {
    const trace = traceOf('rabbit-hole', { reply: true });
    expect(lastRequestStep(trace)).toBe(4);
    expect([0, 3, 4, 5, 8].map((s) => isOutcomeReached(trace, s))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('is leg 1 when the load balancer drops the request', () => {
    const trace = traceOf('local-outage');
    expect(lastRequestStep(trace)).toBe(1);
    expect(isOutcomeReached(trace, 0)).toBe(false);
    expect(isOutcomeReached(trace, 1)).toBe(true);
  });
});
