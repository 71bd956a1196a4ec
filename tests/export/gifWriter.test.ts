import { describe, expect, it } from 'vitest';
import { buildPalette, createGifWriter, gifDelays } from '../../src/export/kit';
import { compositeFrames, parseGif } from './support/gif';

const W = 40;
const H = 24;
const COLORS = [
  [246, 248, 250],
  [10, 95, 199],
  [161, 74, 0],
  [27, 31, 36],
] as const;

/** A frame: background with a 6x4 block of `color` at (x, y). */
function frame(x: number, y: number, color: readonly number[]): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(W * H * 4);
  for (let i = 0; i < W * H; i++) {
    const px = i % W;
    const py = Math.floor(i / W);
    const inside = px >= x && px < x + 6 && py >= y && py < y + 4;
    rgba.set([...(inside ? color : COLORS[0]), 255], i * 4);
  }
  return rgba;
}

function rgbOf(rgba: Uint8ClampedArray): Uint8Array {
  const rgb = new Uint8Array(W * H * 3);
  for (let i = 0; i < W * H; i++) rgb.set(rgba.subarray(i * 4, i * 4 + 3), i * 3);
  return rgb;
}

describe('GIF writer', () => {
  const frames = [
    frame(2, 2, COLORS[1]),
    frame(10, 6, COLORS[1]),
    frame(10, 6, COLORS[2]),
    frame(30, 18, COLORS[3]),
  ];

  it('writes a looping GIF with one global palette, its size, and one image per frame', () => {
    const palette = buildPalette(frames, 1);
    const writer = createGifWriter(W, H, palette);
    for (const f of frames) writer.addFrame(f.slice(), 50);
    const gif = parseGif(writer.finish());
    expect([gif.width, gif.height, gif.loops]).toEqual([W, H, 0]);
    expect(gif.frames).toHaveLength(frames.length);
    expect(gif.frames.map((f) => [f.left, f.top, f.width, f.height])).toEqual(
      frames.map(() => [0, 0, W, H]),
    );
    expect(gif.frames.map((f) => f.delayCs)).toEqual([5, 5, 5, 5]);
  });

  it('shows exactly the input frames: later frames change only what changed (transparent elsewhere)', () => {
    const writer = createGifWriter(W, H, buildPalette(frames, 1));
    for (const f of frames) writer.addFrame(f.slice(), 100);
    const gif = parseGif(writer.finish());
    const shown = compositeFrames(gif);
    for (const [i, f] of frames.entries()) expect(shown[i]).toEqual(rgbOf(f));
    expect(gif.frames[0]?.transparentIndex).toBeNull();
    for (const f of gif.frames.slice(1)) expect([f.disposal, f.transparentIndex]).toEqual([1, 4]);
  });

  it('refuses frames of the wrong size and palettes without room for "unchanged"', () => {
    const writer = createGifWriter(W, H, [[0, 0, 0]]);
    expect(() => writer.addFrame(new Uint8ClampedArray(4), 10)).toThrow(RangeError);
    const big = Array.from({ length: 256 }, (_, i) => [i, i, i]);
    expect(() => createGifWriter(W, H, big)).toThrow(RangeError);
  });
});

describe('gifDelays', () => {
  it('rounds on the running total, so the animation keeps its length', () => {
    const third = 1000 / 30;
    const delays = gifDelays(Array(30).fill(third));
    expect(delays.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(new Set(delays)).toEqual(new Set([30, 40]));
    expect(gifDelays([1400, 50, 50, 1400])).toEqual([1400, 50, 50, 1400]);
  });
});
