/**
 * A canvas' pixels, into a buffer the caller keeps. Reading back is cheap when the bytes land
 * in memory already used; fresh memory per 1280x720 frame costs tens of ms in page faults, so
 * frames travel to the encoding workers in a few buffers that come back to be filled again.
 */

/**
 * Copies a canvas' pixels as RGBX (4 bytes a pixel, the 4th not meaningful).
 * @param canvas - the frame, opaque
 * @param into - a buffer of width·height·4 bytes (a new one is made when it does not fit)
 * @returns the filled buffer
 */
export async function readPixels(canvas: OffscreenCanvas, into?: Uint8Array): Promise<Uint8Array> {
  const { width, height } = canvas;
  const size = width * height * 4;
  const out = into?.byteLength === size ? into : new Uint8Array(size);
  if (typeof VideoFrame === 'function') {
    const frame = new VideoFrame(canvas, { timestamp: 0 });
    try {
      await frame.copyTo(out, { format: 'RGBX', layout: [{ offset: 0, stride: width * 4 }] });
    } finally {
      frame.close();
    }
    return out;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('export: no 2D canvas context');
  out.set(ctx.getImageData(0, 0, width, height).data);
  return out;
}

/** Buffers of one size, handed out and given back. */
export interface BufferPool {
  take(): Uint8Array;
  give(buffer: Uint8Array): void;
}

/**
 * A pool of frame buffers.
 * @param size - bytes per buffer
 * @returns the pool
 */
export function createBufferPool(size: number): BufferPool {
  const free: Uint8Array[] = [];
  return {
    take: () => free.pop() ?? new Uint8Array(size),
    give: (buffer) => {
      if (buffer.byteLength === size) free.push(buffer);
    },
  };
}
