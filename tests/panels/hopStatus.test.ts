import { describe, expect, it } from 'vitest';
import { formatHops, type HopStatus, hopStatus, hopsUpTo, isOutcomeStep } from '../../src/panels';
import { traceOf } from './fixtures';

describe('hopStatus', () => {
  const real = traceOf('rabbit-hole', { reply: true });
  it.each<[number, HopStatus]>([
    [0, { kind: 'start' }],
    [1, { kind: 'before-lb' }],
    [2, { kind: 'hop', hop: 1, total: 3 }],
    [3, { kind: 'hop', hop: 2, total: 3 }],
    [4, { kind: 'answer', hops: 3, hop: 3 }],
    [5, { kind: 'reply', leg: 1, legs: 4, hops: 3 }],
    [8, { kind: 'reply', leg: 4, legs: 4, hops: 3 }],
  ])('rabbit-hole with replies, step %i', (step, expected) => {
    expect(hopStatus(real, step)).toEqual(expected);
  });

  it('counts four hops in the naive picture', () => {
    const naive = traceOf('rabbit-hole', { model: 'naive' });
    expect(hopStatus(naive, 5)).toEqual({ kind: 'answer', hops: 4, hop: 4 });
  });

  it('answers on the last request leg of a walk that ends in a 404', () => {
    expect(hopStatus(traceOf('path-miss-404'), 3)).toEqual({ kind: 'answer', hops: 2, hop: 2 });
  });

  it('answers 0 hops, without a hop number, when the LB drops the request', () => {
    expect(hopStatus(traceOf('local-outage'), 1)).toEqual({ kind: 'answer', hops: 0 });
  });

  it.each([
    [0, '0 hops'],
    [1, '1 hop'],
    [3, '3 hops'],
  ])('formatHops(%i) is %s', (n, text) => {
    expect(formatHops(n)).toBe(text);
  });
});

describe('hopsUpTo', () => {
  it('counts the counted legs up to a step, replies never', () => {
    const real = traceOf('rabbit-hole', { reply: true });
    expect([0, 1, 2, 3, 4, 5, 8].map((step) => hopsUpTo(real, step))).toEqual([
      0, 0, 1, 2, 3, 3, 3,
    ]);
  });
});

describe('isOutcomeStep', () => {
  it('is the last request leg only', () => {
    const real = traceOf('rabbit-hole', { reply: true });
    expect([0, 3, 4, 5].map((step) => isOutcomeStep(real, step))).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });
});
