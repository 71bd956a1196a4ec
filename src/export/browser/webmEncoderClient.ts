/**
 * The page's side of WebM encoding: hands frame pixels to webm.worker.ts in pooled buffers that
 * come back, keeping a few in flight; encodes on the page when no Worker can start.
 */
import { createWebmHost } from '../webm/webmHost';
import type { WebmReply, WebmRequest } from '../webm/webmProtocol';
import { framesInFlight } from './framesInFlight';
import type { BufferPool } from './readPixels';
import { openChannel } from './workerChannel';

/** Encodes a WebM video off the page. */
export interface WebmEncoderClient {
  /** Configures the encoder. @returns the codec's Matroska id (`V_VP9`, or `V_VP8`) */
  start(width: number, height: number, fps: number): Promise<string>;
  /** Sends a frame (RGBX, transferred) shown from `timestampUs`; resolves once there is room. */
  frame(
    pixels: Uint8Array,
    timestampUs: number,
    durationUs: number,
    keyFrame: boolean,
  ): Promise<void>;
  /** Ends the file. @returns its bytes */
  finish(): Promise<Uint8Array>;
  /** Stops the worker (after finish, or on cancel). */
  close(): void;
}

/**
 * Starts a WebM encoder.
 * @param pool - where encoded frames' buffers go back
 * @returns the client
 */
export function createWebmEncoderClient(pool: BufferPool): WebmEncoderClient {
  const channel = openChannel<WebmRequest, WebmReply>(
    () => new Worker(new URL('../webm/webm.worker.ts', import.meta.url), { type: 'module' }),
    createWebmHost,
    'WebM encoding',
  );
  const flow = framesInFlight(async () => (await channel.next('encoded')).pixels, pool);
  return {
    async start(width, height, fps) {
      channel.post({ type: 'start', width, height, fps });
      return (await channel.next('started')).codec;
    },
    async frame(pixels, timestampUs, durationUs, keyFrame) {
      channel.post({ type: 'frame', pixels, timestampUs, durationUs, keyFrame }, [pixels.buffer]);
      await flow.sent();
    },
    async finish() {
      channel.post({ type: 'finish' });
      return (await channel.next('done')).bytes;
    },
    close: () => channel.close(),
  };
}
