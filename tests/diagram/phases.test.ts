import { describe, expect, it } from 'vitest';
import {
  arrivedAt,
  departedAt,
  newValueOpacity,
  oldValueOpacity,
  pulseAt,
  REWRITE_SHARE,
  strikeAt,
  swapShift,
  TURN_SHARE,
  travelT,
  turnaroundAt,
  valueShift,
} from '../../src/diagram';

const rewrite = { turnEnd: 0, rewriteEnd: REWRITE_SHARE };

describe('the rewrite moment', () => {
  it.each([
    // phase, strike, old, new
    [0, 0, 1, 0],
    [0.175, 0.5, 1, 0],
    [0.35, 1, 1, 0],
    [0.5, 1, 1, 0],
    [0.6, 1, 0.5, 0],
    [0.7, 1, 0, 0],
    [0.825, 1, 0, 0.5],
    [1, 1, 0, 1],
  ])('at phase %s: strike %s, old value %s, new value %s', (phase, strike, old, fresh) => {
    expect(strikeAt(phase)).toBeCloseTo(strike, 10);
    expect(oldValueOpacity(phase)).toBeCloseTo(old, 10);
    expect(newValueOpacity(phase)).toBeCloseTo(fresh, 10);
  });

  it('never shows the old and the new value at once', () => {
    for (let i = 0; i <= 100; i += 1) {
      const phase = i / 100;
      expect(Math.min(oldValueOpacity(phase), newValueOpacity(phase))).toBe(0);
    }
  });

  it.each([
    [0, 0, 0.3],
    [0.6, -0.15, 0.3],
    [1, -0.3, 0],
  ])('at phase %s the old value is shifted %s rows and the new one %s', (phase, old, fresh) => {
    const shift = valueShift(phase);
    expect(shift.old).toBeCloseTo(old, 10);
    expect(shift.new).toBeCloseTo(fresh, 10);
  });
});

describe('pulseAt', () => {
  it.each([
    [0, 0],
    [0.25, 1],
    [0.5, 0],
    [0.75, 1],
    [1, 0],
    [1.4, 0],
  ])('beats twice: phase %s gives %s', (phase, expected) => {
    expect(pulseAt(phase)).toBeCloseTo(expected, 10);
  });
});

describe('departedAt and arrivedAt', () => {
  it.each([
    [0, 0, 0],
    [REWRITE_SHARE, 0, 0],
    [REWRITE_SHARE + 0.04, 0.5, 0],
    [0.6, 1, 0],
    [1, 1, 1],
  ])('at progress %s: departed %s, arrived %s', (p, departed, arrived) => {
    expect(departedAt(p, rewrite)).toBeCloseTo(departed, 10);
    expect(arrivedAt(p, rewrite)).toBeCloseTo(arrived, 10);
  });

  it('arrives only in the last tenth of the distance travelled', () => {
    for (let i = 0; i <= 100; i += 1) {
      const p = i / 100;
      const early = travelT(p, rewrite) <= 0.9;
      if (early) expect(arrivedAt(p, rewrite)).toBe(0);
      else expect(arrivedAt(p, rewrite)).toBeGreaterThan(0);
    }
  });
});

describe('the turnaround (first reply leg)', () => {
  const turn = { turnEnd: TURN_SHARE, rewriteEnd: TURN_SHARE };

  it.each([
    // progress, turn, y (row distances from its own row), scaleY
    [0, 0, 1, 1],
    [TURN_SHARE / 2, 0.5, 0.5, 0],
    [TURN_SHARE, 1, 0, 1],
    [0.8, 1, 0, 1],
  ])('at progress %s: turn %s, the value %s rows away, scaled %s', (p, t, y, scaleY) => {
    const at = turnaroundAt(p, turn);
    expect(at).toBeCloseTo(t, 10);
    expect(swapShift(at).y).toBeCloseTo(y, 10);
    expect(swapShift(at).scaleY).toBeCloseTo(scaleY, 10);
  });

  it('keeps the packet in place while it turns, then travels', () => {
    expect(travelT(TURN_SHARE, turn)).toBe(0);
    expect(travelT(1, turn)).toBe(1);
    expect(turnaroundAt(0.5, rewrite)).toBe(1);
  });

  it('dims the values while they cross and never flips them upside down', () => {
    for (let i = 0; i <= 20; i += 1) {
      const { scaleY, opacity } = swapShift(i / 20);
      expect(scaleY).toBeGreaterThanOrEqual(0);
      expect(opacity).toBeGreaterThanOrEqual(0.4 - 1e-12);
    }
    expect(swapShift(0.5).opacity).toBeCloseTo(0.4, 10);
  });
});
