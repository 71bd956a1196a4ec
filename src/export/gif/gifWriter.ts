/**
 * GIF encoding with gifenc, in plain TypeScript (Node, a Worker, tests): one global palette
 * for the whole walk, and from the second frame on only the pixels that changed (the rest is
 * the transparent index over the previous frame), which keeps the file small and fast.
 */
import { applyPalette, GIFEncoder, type Palette, quantize } from 'gifenc';

/** Takes frames in order and returns the GIF's bytes at the end. */
export interface GifWriter {
  /**
   * Adds a frame.
   * @param rgba - width·height·4 bytes
   * @param delayMs - how long it shows; a multiple of 10 (GIF counts hundredths of a second)
   */
  addFrame(rgba: Uint8Array | Uint8ClampedArray, delayMs: number): void;
  /** Ends the stream. @returns the file */
  finish(): Uint8Array;
}

/**
 * A palette for a whole animation, from sample frames (every `stride`-th pixel of each).
 * @param samples - RGBA frames that together show every colour used
 * @param stride - pixel step when sampling @default 3
 * @returns up to 255 colours (index 255 is kept for "unchanged")
 */
export function buildPalette(
  samples: ReadonlyArray<Uint8Array | Uint8ClampedArray>,
  stride = 3,
): Palette {
  const pixels = samples.reduce((n, s) => n + Math.ceil(s.length / 4 / stride), 0);
  const joined = new Uint8Array(pixels * 4);
  let o = 0;
  for (const s of samples) {
    for (let p = 0; p < s.length; p += 4 * stride) {
      joined.set(s.subarray(p, p + 4), o);
      o += 4;
    }
  }
  return quantize(joined, 255);
}

/**
 * Starts a GIF that loops forever.
 * @param width - pixels
 * @param height - pixels
 * @param palette - from {@link buildPalette} (at most 255 colours)
 * @returns the writer
 */
export function createGifWriter(width: number, height: number, palette: Palette): GifWriter {
  if (palette.length > 255) throw new RangeError('createGifWriter: at most 255 colours');
  const encoder = GIFEncoder();
  const unchanged = palette.length;
  const table = [...palette, [0, 0, 0]];
  let previous: Uint8Array | null = null;
  let delta: Uint8Array | null = null;
  return {
    addFrame(rgba, delayMs) {
      if (rgba.length !== width * height * 4) throw new RangeError('GIF frame of the wrong size');
      const index = applyPalette(rgba, palette);
      if (previous === null) {
        encoder.writeFrame(index, width, height, { palette: table, delay: delayMs, repeat: 0 });
        previous = index;
        return;
      }
      // One buffer for every frame: fresh memory per frame costs more than the loop below.
      delta ??= new Uint8Array(index.length);
      for (let i = 0; i < index.length; i++) {
        delta[i] = index[i] === previous[i] ? unchanged : (index[i] as number);
      }
      previous = index;
      // Disposal 1: leave the frame in place, so the transparent pixels show the one before.
      encoder.writeFrame(delta, width, height, {
        delay: delayMs,
        transparent: true,
        transparentIndex: unchanged,
        dispose: 1,
      });
    },
    finish() {
      encoder.finish();
      return encoder.bytes();
    },
  };
}

/**
 * Frame delays in GIF's hundredths of a second, rounded on the running total so that the
 * animation's length stays exact (frames of 33.3 ms become 30, 30, 40 …).
 * @param durationsMs - each frame's duration
 * @returns delays in ms, multiples of 10
 */
export function gifDelays(durationsMs: readonly number[]): number[] {
  let t = 0;
  return durationsMs.map((d) => {
    const start = Math.round(t / 10);
    t += d;
    return (Math.round(t / 10) - start) * 10;
  });
}
