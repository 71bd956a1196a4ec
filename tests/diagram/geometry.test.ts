import { describe, expect, it } from 'vitest';
import { fitFontSize, packetCard, strikeLine } from '../../src/diagram/geometry/packetCard';
import { centredRect, inflate, keepInside, overlapArea } from '../../src/diagram/geometry/rects';
import { REPLY_DASH, trailDash, trailPaths } from '../../src/diagram/geometry/trails';
import { PACKET, textWidth } from '../../src/layout';

describe('trails', () => {
  it('measures the offset path', () => {
    const route = {
      d: '',
      points: [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 50 },
      ],
      length: 150,
    };
    const [trail] = trailPaths([route], 3);
    expect(trail?.d).toBe('M0,3L97,3L97,50');
    expect(trail?.length).toBeCloseTo(97 + 47, 10);
  });

  it.each([
    [0, undefined, '0 101'],
    [0.5, undefined, '50 101'],
    [1, undefined, '100 101'],
    [2, undefined, '100 101'],
    [0, REPLY_DASH, '0 101'],
    [0.05, REPLY_DASH, '5 101'],
    [0.2, REPLY_DASH, '10 7 3 101'],
    [0.4, REPLY_DASH, '10 7 10 7 6 101'],
  ])('draws %s of a 100-unit trail (pattern %o) as %s', (t, pattern, expected) => {
    expect(trailDash(100, t, pattern)).toBe(expected);
  });
});

describe('rects', () => {
  it('inflates, measures overlap, keeps inside and centres', () => {
    expect(inflate({ x: 10, y: 10, width: 20, height: 10 }, 5)).toEqual({
      x: 5,
      y: 5,
      width: 30,
      height: 20,
    });
    expect(
      overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }),
    ).toBe(25);
    expect(
      overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }),
    ).toBe(0);
    expect(
      keepInside({ x: -20, y: 95, width: 10, height: 10 }, { x: 0, y: 0, width: 100, height: 100 }),
    ).toEqual({
      x: 4,
      y: 86,
      width: 10,
      height: 10,
    });
    expect(
      keepInside({ x: 0, y: -20, width: 10, height: 10 }, { x: 16, y: -8, width: 100, height: 50 }),
    ).toEqual({ x: 20, y: -4, width: 10, height: 10 });
    expect(centredRect({ x: 50, y: 50 }, 20, 10)).toEqual({ x: 40, y: 45, width: 20, height: 10 });
  });
});

describe('packetCard', () => {
  it.each([
    ['192.168.10.13:39605', 14],
    ['255.255.255.255:65535', 13.2],
  ])('fits %s into each row of the full-size card at size %s', (value, size) => {
    const card = packetCard(PACKET);
    for (const row of [card.rows.src, card.rows.dst]) {
      const fitted = fitFontSize(row, value, PACKET.fontSize);
      expect(fitted).toBe(size);
      expect(row.valueX + textWidth(value, fitted, 'mono')).toBeLessThanOrEqual(
        card.x + card.width,
      );
      expect(row.labelX).toBeGreaterThan(card.strip.x + card.strip.width);
    }
    expect(card.rows.src.baseline).toBeLessThan(card.rows.dst.baseline);
    expect(card.y + card.height / 2).toBe(0);
  });

  it('strikes through exactly the old value', () => {
    const card = packetCard(PACKET);
    const line = strikeLine(card.rows.dst, '10.0.0.1:80', 14);
    expect(line.x1).toBe(card.rows.dst.valueX - 2);
    expect(line.x2).toBeCloseTo(card.rows.dst.valueX + 11 * 0.6 * 14 + 2, 10);
    expect(line.y1).toBe(line.y2);
  });
});
