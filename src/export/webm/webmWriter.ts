/**
 * The WebM container for an exported walk: webm-muxer writing VP9 (or VP8) chunks into memory. The
 * encoder (WebCodecs, browser only) lives in browser/exportWebm.ts; this part runs anywhere.
 */
import { ArrayBufferTarget, Muxer } from 'webm-muxer';

/** A codec by its WebCodecs name and its Matroska id. */
export interface WebmCodec {
  webCodecs: string;
  matroska: string;
}

/** VP9 (profile 0, 8 bit): sharper text than VP8 at the same size, and as fast in software. */
export const VP9: WebmCodec = { webCodecs: 'vp09.00.10.08', matroska: 'V_VP9' };

/** VP8: the fallback where VP9 cannot be encoded. */
export const VP8: WebmCodec = { webCodecs: 'vp8', matroska: 'V_VP8' };

/** Video settings shared by the encoder and the muxer. */
export interface WebmVideo {
  width: number;
  height: number;
  /** Frames per second while something moves (also the metadata's frame rate). */
  fps: number;
  /** @default VP9 */
  codec?: WebmCodec;
}

/** The defaults of an exported walk: 1280x720 at 30 fps. */
export const WEBM_VIDEO: WebmVideo = { width: 1280, height: 720, fps: 30 };

/** Collects encoded chunks and writes the file at the end. */
export interface WebmWriter {
  /** Adds a chunk as the encoder gives it (with its metadata: the first carries the decoder config). */
  addChunk(chunk: EncodedVideoChunk, meta?: EncodedVideoChunkMetadata): void;
  /** Adds raw encoded data (tests, other encoders). Timestamps in microseconds, from 0, increasing. */
  addRaw(data: Uint8Array, type: 'key' | 'delta', timestampUs: number): void;
  /** Finishes the file. @returns its bytes */
  finish(): Uint8Array;
}

/**
 * Starts a WebM file with one video track.
 * @param video - size and frame rate
 * @returns the writer
 */
export function createWebmWriter(video: WebmVideo = WEBM_VIDEO): WebmWriter {
  const target = new ArrayBufferTarget();
  const muxer = new Muxer({
    target,
    video: {
      codec: (video.codec ?? VP9).matroska,
      width: video.width,
      height: video.height,
      frameRate: video.fps,
    },
    firstTimestampBehavior: 'strict',
  });
  return {
    addChunk: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    addRaw: (data, type, timestampUs) => muxer.addVideoChunkRaw(data, type, timestampUs),
    finish() {
      muxer.finalize();
      return new Uint8Array(target.buffer);
    },
  };
}
