import { describe, expect, it } from 'vitest';
import { ellipsize, textWidth } from '../../src/layout';

describe('textWidth', () => {
  it('counts 0.6 em per character in monospace', () => {
    expect(textWidth('10.244.1.2', 14, 'mono')).toBeCloseTo(84, 9);
    expect(textWidth('', 14, 'mono')).toBe(0);
  });

  it('sums DejaVu Sans advance widths, wider in bold', () => {
    // n 0.63 + o 0.61 + d 0.63 + e 0.62 + - 0.36 + 1 0.64 = 3.49 em
    expect(textWidth('node-1', 20)).toBeCloseTo(69.8, 9);
    expect(textWidth('node-1', 20, 'sans', 700)).toBeGreaterThan(textWidth('node-1', 20));
    expect(textWidth('iiii', 10)).toBeLessThan(textWidth('MMMM', 10));
  });

  it('counts characters outside ASCII as listed, others as 1 em', () => {
    expect(textWidth('→', 10)).toBeCloseTo(8.4, 9);
    expect(textWidth('漢', 10)).toBeCloseTo(10, 9);
  });
});

describe('ellipsize', () => {
  it('keeps text that fits', () => {
    expect(ellipsize('red-1', 100, 15)).toBe('red-1');
  });

  it('cuts to the longest prefix that fits with an ellipsis', () => {
    const text = 'ingress-nginx-controller';
    const short = ellipsize(text, 100, 15);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 15)).toBeLessThanOrEqual(100);
    const longer = `${text.slice(0, short.length)}…`;
    expect(textWidth(longer, 15)).toBeGreaterThan(100);
  });

  it('works in monospace and returns nothing when not even the ellipsis fits', () => {
    expect(ellipsize('10.96.120.10:80', 8.4 * 6, 14, 'mono')).toBe('10.96…');
    expect(ellipsize('anything', 5, 14)).toBe('');
  });
});
