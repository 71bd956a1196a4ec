/**
 * The page's side of GIF encoding: hands frame pixels to gif.worker.ts (bundled by Vite as a
 * module Worker) in pooled buffers that come back, keeping a few in flight; encodes on the
 * page when no Worker can start.
 */
import { createGifHost } from '../gif/gifHost';
import type { GifReply, GifRequest } from '../gif/gifProtocol';
import { framesInFlight } from './framesInFlight';
import type { BufferPool } from './readPixels';
import { openChannel } from './workerChannel';

/** Encodes a GIF off the page. */
export interface GifEncoderClient {
  /** Builds the palette from sample frames (RGBX, transferred). */
  start(width: number, height: number, samples: Uint8Array[]): Promise<void>;
  /** Sends a frame (transferred; its buffer returns to the pool); resolves once there is room. */
  frame(pixels: Uint8Array, delayMs: number): Promise<void>;
  /** Ends the file. @returns its bytes */
  finish(): Promise<Uint8Array>;
  /** Stops the worker (after finish, or on cancel). */
  close(): void;
}

/**
 * Starts a GIF encoder.
 * @param pool - where encoded frames' buffers go back
 * @returns the client
 */
export function createGifEncoderClient(pool: BufferPool): GifEncoderClient {
  const channel = openChannel<GifRequest, GifReply>(
    () => new Worker(new URL('../gif/gif.worker.ts', import.meta.url), { type: 'module' }),
    createGifHost,
    'GIF encoding',
  );
  const flow = framesInFlight(async () => (await channel.next('encoded')).pixels, pool);
  return {
    async start(width, height, samples) {
      channel.post(
        { type: 'start', width, height, samples },
        samples.map((s) => s.buffer),
      );
      await channel.next('started');
    },
    async frame(pixels, delayMs) {
      channel.post({ type: 'frame', pixels, delayMs }, [pixels.buffer]);
      await flow.sent();
    },
    async finish() {
      channel.post({ type: 'finish' });
      return (await channel.next('done')).bytes;
    },
    close: () => channel.close(),
  };
}
