/**
 * The page's side of a frame encoder's flow control, shared by the GIF and WebM clients: frames
 * travel to the worker in pooled buffers (transferred), and after a few are in flight the
 * sender waits for one to come back encoded, whose buffer then returns to the pool.
 */
import type { BufferPool } from './readPixels';

/** Frames sent but not yet encoded before the sender waits (bounds memory). */
export const MAX_IN_FLIGHT = 3;

/**
 * Counts the frames in flight.
 * @param nextEncoded - waits for the worker's next `encoded` reply; resolves with its buffer
 * @param pool - where encoded frames' buffers go back
 * @returns `sent()`, to await after posting each frame
 */
export function framesInFlight(nextEncoded: () => Promise<Uint8Array>, pool: BufferPool) {
  let inFlight = 0;
  return {
    /** Call after posting a frame: resolves at once, or once a frame comes back. */
    async sent(): Promise<void> {
      if (++inFlight < MAX_IN_FLIGHT) return;
      pool.give(await nextEncoded());
      inFlight--;
    },
  };
}
