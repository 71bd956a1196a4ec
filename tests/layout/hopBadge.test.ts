import { describe, expect, it } from 'vitest';
import {
  badgeObstacles,
  computeLayout,
  computeRoute,
  hopBadgePosition,
  type Point,
  pointAlong,
} from '../../src/layout';
import { QUIZ_STEPS, quizScenario } from './fixtures';

const layout = computeLayout(quizScenario());
const clear = (p: Point, r: number) =>
  badgeObstacles(layout).every(
    (b) =>
      p.x + r <= b.x || p.x - r >= b.x + b.width || p.y + r <= b.y || p.y - r >= b.y + b.height,
  );

describe('hopBadgePosition', () => {
  it('is the route midpoint without a layout', () => {
    const route = computeRoute(layout, { from: 'cloud-lb', to: 'node-3', via: [] });
    const mid = pointAlong(route, 0.5);
    expect(hopBadgePosition(route)).toEqual({
      x: Math.round(mid.x * 2) / 2,
      y: Math.round(mid.y * 2) / 2,
    });
  });

  it('stays on the route near its middle, off every card, header, panel and pod', () => {
    for (const leg of QUIZ_STEPS) {
      const route = computeRoute(layout, leg);
      const p = hopBadgePosition(route, { layout });
      expect(clear(p, 16)).toBe(true);
      const near = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((t) => pointAlong(route, t));
      expect(Math.min(...near.map((q) => Math.hypot(q.x - p.x, q.y - p.y)))).toBeLessThan(
        route.length * 0.07,
      );
    }
  });

  it('moves away from badges already placed', () => {
    const route = computeRoute(layout, { from: 'cloud-lb', to: 'node-3', via: [] });
    const first = hopBadgePosition(route, { layout });
    const second = hopBadgePosition(route, { layout, avoid: [first] });
    expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeGreaterThanOrEqual(32);
  });
});
