/**
 * The encoding side of the GIF protocol: maps each frame's pixels to the walk's palette and
 * compresses them, then hands the buffer back. Runs in gif.worker.ts, or on the page.
 */
import { type Host, hostOf } from '../browser/workerChannel';
import type { GifReply, GifRequest } from './gifProtocol';
import { buildPalette, createGifWriter, type GifWriter } from './gifWriter';

/**
 * Creates a GIF encoder that answers {@link GifRequest}s.
 * @returns the host
 */
export function createGifHost(): Host<GifRequest, GifReply> {
  let writer: GifWriter | null = null;
  return hostOf<GifRequest, GifReply>(async (request) => {
    if (request.type === 'start') {
      writer = createGifWriter(request.width, request.height, buildPalette(request.samples));
      return { type: 'started' };
    }
    if (!writer) return { type: 'error', message: 'GIF encoder used before start' };
    if (request.type === 'frame') {
      writer.addFrame(request.pixels, request.delayMs);
      return { type: 'encoded', pixels: request.pixels };
    }
    const bytes = writer.finish();
    writer = null;
    return { type: 'done', bytes };
  });
}
