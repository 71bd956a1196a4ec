import { describe, expect, it } from 'vitest';
import {
  easeInOutCubic,
  legTimeline,
  legTimelineAt,
  REWRITE_SHARE,
  rewritePhase,
  splitConnection,
  TURN_SHARE,
  travelT,
} from '../../src/diagram';
import type { Step } from '../../src/sim';
import { build } from './fixtures';

const withRewrite = { turnEnd: 0, rewriteEnd: REWRITE_SHARE };
const without = { turnEnd: 0, rewriteEnd: 0 };

describe('easeInOutCubic', () => {
  it.each([
    [0, 0],
    [0.25, 0.0625],
    [0.5, 0.5],
    [0.75, 0.9375],
    [1, 1],
    [-1, 0],
    [2, 1],
    [Number.NaN, 0],
  ])('eases %s to %s', (t, expected) => {
    expect(easeInOutCubic(t)).toBeCloseTo(expected, 10);
  });
});

describe('legTimeline', () => {
  const { trace } = build('rabbit-hole');
  it('gives legs with rewrites a rewrite phase and the others none', () => {
    expect(legTimeline(undefined)).toEqual(without);
    expect(legTimeline(trace.steps[0])).toEqual(without);
    expect(legTimeline(trace.steps[2] as Step, trace.steps[1])).toEqual(withRewrite);
  });

  it('starts the first reply leg with a turnaround, and only that one', () => {
    // rabbit-hole with replies: legs 1-4 go to red-1, leg 5 is its answer.
    expect(trace.steps.map((s) => s.direction).indexOf('reply')).toBe(4);
    expect(legTimelineAt(trace, 5)).toEqual({ turnEnd: TURN_SHARE, rewriteEnd: TURN_SHARE });
    expect(legTimelineAt(trace, 6).turnEnd).toBe(0);
    expect(legTimelineAt(trace, 4).turnEnd).toBe(0);
    expect(legTimelineAt(trace, 0)).toEqual(without);
    // A turnaround leg with rewrites: turn, then rewrite (40 % of the rest), then travel.
    const both = legTimeline(trace.steps[5], trace.steps[3]);
    expect(both.turnEnd).toBe(TURN_SHARE);
    expect(both.rewriteEnd).toBeCloseTo(TURN_SHARE + REWRITE_SHARE * (1 - TURN_SHARE), 12);
    expect(rewritePhase(TURN_SHARE / 2, both)).toBe(0);
    expect(travelT(both.rewriteEnd, both)).toBe(0);
  });
});

describe('travelT', () => {
  it.each([
    [0, 0],
    [REWRITE_SHARE / 2, 0],
    [REWRITE_SHARE, 0],
    [REWRITE_SHARE + (1 - REWRITE_SHARE) / 2, 0.5],
    [1, 1],
    [1.5, 1],
  ])('with a rewrite phase, progress %s travels %s', (p, expected) => {
    expect(travelT(p, withRewrite)).toBeCloseTo(expected, 10);
  });

  it.each([
    [0, 0],
    [0.25, 0.0625],
    [0.5, 0.5],
    [1, 1],
  ])('without one, progress %s travels %s (eased at once)', (p, expected) => {
    expect(travelT(p, without)).toBeCloseTo(expected, 10);
  });

  it('never goes backwards', () => {
    let last = 0;
    for (let i = 0; i <= 100; i += 1) {
      const t = travelT(i / 100, withRewrite);
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
  });
});

describe('rewritePhase', () => {
  it.each([
    [0, 0],
    [REWRITE_SHARE / 2, 0.5],
    [REWRITE_SHARE, 1],
    [0.9, 1],
    [-0.2, 0],
  ])('progress %s is phase %s', (p, expected) => {
    expect(rewritePhase(p, withRewrite)).toBeCloseTo(expected, 10);
  });

  it('is complete on legs without rewrites', () => {
    expect(rewritePhase(0, without)).toBe(1);
  });
});

describe('splitConnection', () => {
  it.each([
    ['10.244.1.5:38011 -> 10.244.2.7:8080', { src: '10.244.1.5:38011', dst: '10.244.2.7:8080' }],
    ['a->b', { src: 'a', dst: 'b' }],
    ['10.0.0.1:80', null],
    ['a -> b -> c', null],
  ])('splits %s', (text, expected) => {
    expect(splitConnection(text)).toEqual(expected);
  });
});
