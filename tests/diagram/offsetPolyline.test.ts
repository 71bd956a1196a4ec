import { describe, expect, it } from 'vitest';
import { offsetPolyline, polylinePath } from '../../src/diagram/geometry/offsetPolyline';

describe('offsetPolyline', () => {
  it.each([
    [
      'rightwards, moves down',
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      [
        { x: 0, y: 3 },
        { x: 10, y: 3 },
      ],
    ],
    [
      'downwards, moves left',
      [
        { x: 0, y: 0 },
        { x: 0, y: 10 },
      ],
      [
        { x: -3, y: 0 },
        { x: -3, y: 10 },
      ],
    ],
    [
      'leftwards, moves up',
      [
        { x: 10, y: 0 },
        { x: 0, y: 0 },
      ],
      [
        { x: 10, y: -3 },
        { x: 0, y: -3 },
      ],
    ],
  ])('travelling %s', (_, points, expected) => {
    const out = offsetPolyline(points, 3);
    out.forEach((p, i) => {
      expect(p.x).toBeCloseTo(expected[i]?.x ?? Number.NaN, 10);
      expect(p.y).toBeCloseTo(expected[i]?.y ?? Number.NaN, 10);
    });
  });

  it('mitres a right-angle corner onto both offset lines', () => {
    const [, corner] = offsetPolyline(
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ],
      2,
    );
    expect(corner?.x).toBeCloseTo(8, 10);
    expect(corner?.y).toBeCloseTo(2, 10);
  });

  it('puts a reply retracing a request on the other side', () => {
    const there = [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
    ];
    const back = [...there].reverse();
    expect(offsetPolyline(there, 3)[0]?.y).toBe(3);
    expect(offsetPolyline(back, 3)[0]?.y).toBe(-3);
  });

  it('keeps degenerate input as it is', () => {
    expect(offsetPolyline([{ x: 1, y: 2 }], 3)).toEqual([{ x: 1, y: 2 }]);
    expect(
      offsetPolyline(
        [
          { x: 1, y: 2 },
          { x: 1, y: 2 },
        ],
        3,
      ),
    ).toEqual([
      { x: 1, y: 2 },
      { x: 1, y: 2 },
    ]);
  });

  it('writes a path rounded to tenths', () => {
    expect(
      polylinePath([
        { x: 0.04, y: 1.26 },
        { x: 10, y: 2 },
      ]),
    ).toBe('M0,1.3L10,2');
  });
});
