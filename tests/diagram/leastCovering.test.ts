import { describe, expect, it } from 'vitest';
import { leastCovering, leastCoveringAt } from '../../src/diagram/geometry/tagPlacement';

describe('leastCoveringAt', () => {
  const bounds = { x: 0, y: 0, width: 100, height: 100 };
  const obstacle = { x: 0, y: 0, width: 50, height: 50 };
  // Two candidates of the same size: the index tells which one won, the size cannot.
  const candidates = [
    { x: 10, y: 10, width: 20, height: 20 },
    { x: 60, y: 60, width: 20, height: 20 },
  ];

  it('returns the chosen candidate and its index', () => {
    const best = leastCoveringAt(candidates, [obstacle], bounds);
    expect(best.index).toBe(1);
    expect(best.box).toEqual(candidates[1]);
    expect(leastCovering(candidates, [obstacle], bounds)).toEqual(best.box);
  });

  it('keeps the earlier candidate on a tie, and says -1 when there is none', () => {
    expect(leastCoveringAt(candidates, [], bounds).index).toBe(0);
    expect(leastCoveringAt([], [], bounds).index).toBe(-1);
  });
});
