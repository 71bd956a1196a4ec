/** Messages between the page and the WebM encoding worker (webm.worker.ts). */

/** Page -> worker. */
export type WebmRequest =
  /** Pick the codec (VP9, else VP8) and start the file. */
  | { type: 'start'; width: number; height: number; fps: number }
  /**
   * Encode a frame shown from `timestampUs`: RGBX pixels, transferred, coming back with
   * `encoded`.
   */
  | {
      type: 'frame';
      pixels: Uint8Array;
      timestampUs: number;
      durationUs: number;
      keyFrame: boolean;
    }
  /** Flush the encoder, end the file and send it back. */
  | { type: 'finish' };

/** Worker -> page. */
export type WebmReply =
  | { type: 'started'; codec: string }
  | { type: 'encoded'; pixels: Uint8Array }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
