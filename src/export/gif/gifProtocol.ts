/** Messages between the page and the GIF encoding worker (gif.worker.ts). */

/** Page -> worker. */
export type GifRequest =
  /** Build the palette from sample frames (RGBX pixels, transferred) and start the file. */
  | { type: 'start'; width: number; height: number; samples: Uint8Array[] }
  /** Encode the next frame (its pixels are transferred, and come back with `encoded`). */
  | { type: 'frame'; pixels: Uint8Array; delayMs: number }
  /** End the file and send it back. */
  | { type: 'finish' };

/** Worker -> page. */
export type GifReply =
  | { type: 'started' }
  | { type: 'encoded'; pixels: Uint8Array }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
