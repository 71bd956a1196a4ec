import { describe, expect, it } from 'vitest';
import { type Point, roundedPath } from '../../src/layout';
import { cornerAt, roundedPoints } from '../../src/layout/roundedPath';

describe('rounded corners', () => {
  const square: [Point, Point, Point] = [
    { x: 0, y: 0 },
    { x: 100, y: 0 },
    { x: 100, y: 100 },
  ];

  it('touches both segments at the radius for a right angle', () => {
    const corner = cornerAt(...square, 16);
    expect(corner?.radius).toBeCloseTo(16, 9);
    expect(corner?.start.x).toBeCloseTo(84, 9);
    expect(corner?.end.y).toBeCloseTo(16, 9);
    expect(corner?.centre.x).toBeCloseTo(84, 9);
    expect(corner?.centre.y).toBeCloseTo(16, 9);
  });

  it('samples the arc on the circle, from one tangent point to the other', () => {
    const points = roundedPoints(square, 16);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(points[1]).toEqual({ x: 84, y: 0 });
    expect(points.at(-2)).toEqual({ x: 100, y: 16 });
    for (const p of points.slice(1, -1)) expect(Math.hypot(p.x - 84, p.y - 16)).toBeCloseTo(16, 1);
  });

  it('shrinks the radius to half the shorter segment', () => {
    const corner = cornerAt({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 100 }, 16);
    expect(corner?.radius).toBeCloseTo(5, 9);
  });

  it('keeps a U-turn sharp and skips straight runs', () => {
    expect(cornerAt({ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 0, y: 0 }, 16)).toBeNull();
    expect(cornerAt({ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 0, y: 90 }, 16)).toBeNull();
  });

  it('draws the same path with d3-shape arcs', () => {
    expect(roundedPath(square, 16)).toBe('M0,0L84,0A16,16,0,0,1,100,16L100,100');
  });

  it('gives exactly the reversed polyline for the reversed waypoints', () => {
    const zigzag = [
      { x: 3, y: 7 },
      { x: 211, y: 7 },
      { x: 211, y: 99.5 },
      { x: 40, y: 99.5 },
      { x: 40, y: 300 },
    ];
    expect(roundedPoints([...zigzag].reverse(), 16)).toEqual(roundedPoints(zigzag, 16).reverse());
  });
});
