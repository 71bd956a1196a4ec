import { describe, expect, it } from 'vitest';
import { computeLayout, computeRoute, type Point, pointAlong, type Route } from '../../src/layout';
import { quizScenario } from './fixtures';

const layout = computeLayout(quizScenario());
const rest = (id: string) => layout.entities[id]?.rest as Point;

describe('pointAlong', () => {
  const route: Route = {
    d: 'M0,0L100,0L100,50',
    points: [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
    ],
    length: 150,
  };

  it('samples by arc length, with the direction of travel', () => {
    expect(pointAlong(route, 0)).toEqual({ x: 0, y: 0, angle: 0 });
    expect(pointAlong(route, 0.5)).toEqual({ x: 75, y: 0, angle: 0 });
    expect(pointAlong(route, 0.8)).toEqual({ x: 100, y: 20, angle: 90 });
    expect(pointAlong(route, 1)).toEqual({ x: 100, y: 50, angle: 90 });
  });

  it('clamps t into [0, 1]', () => {
    expect(pointAlong(route, -2)).toEqual(pointAlong(route, 0));
    expect(pointAlong(route, 7)).toEqual(pointAlong(route, 1));
    expect(pointAlong(route, Number.NaN)).toEqual(pointAlong(route, 0));
  });

  it('starts and ends a real route at its rest points, halfway at half its length', () => {
    const real = computeRoute(layout, { from: 'cloud-lb', to: 'node-3', via: [] });
    expect(pointAlong(real, 0)).toMatchObject(rest('cloud-lb') as Point);
    expect(pointAlong(real, 1)).toMatchObject(rest('node-3') as Point);
    const mid = pointAlong(real, 0.5);
    // 722 units of straight runs, minus about 3 x 21.5 x (2 - pi/2) for the rounded corners:
    // the middle (about 347 units in) lies on the bus, travelling right.
    expect(mid.y).toBe(219.5);
    expect(mid.angle).toBe(0);
  });
});
