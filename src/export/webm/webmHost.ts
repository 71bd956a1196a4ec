/**
 * The encoding side of the WebM protocol: WebCodecs' VideoEncoder (VP9, else VP8) fed with the
 * page's frame pixels, chunks muxed by webm-muxer. Runs in webm.worker.ts, or on the page.
 */
import { type Host, hostOf } from '../browser/workerChannel';
import type { WebmReply, WebmRequest } from './webmProtocol';
import { createWebmWriter, VP8, VP9, type WebmCodec, type WebmWriter } from './webmWriter';

/** The encoder's settings for a codec and size. */
function encoderConfig(
  codec: WebmCodec,
  width: number,
  height: number,
  fps: number,
): VideoEncoderConfig {
  return {
    codec: codec.webCodecs,
    width,
    height,
    bitrate: 4_000_000,
    framerate: fps,
    latencyMode: 'realtime',
  };
}

interface Session {
  encoder: VideoEncoder;
  writer: WebmWriter;
  failure: Error | null;
  width: number;
  height: number;
}

async function start(
  request: Extract<WebmRequest, { type: 'start' }>,
): Promise<[Session, WebmCodec]> {
  const { width, height, fps } = request;
  if (typeof VideoEncoder === 'undefined') throw new Error('this browser has no WebCodecs');
  for (const codec of [VP9, VP8]) {
    const config = encoderConfig(codec, width, height, fps);
    if (!(await VideoEncoder.isConfigSupported(config)).supported) continue;
    const writer = createWebmWriter({ width, height, fps, codec });
    const session: Session = {
      writer,
      failure: null,
      width,
      height,
      encoder: undefined as unknown as VideoEncoder,
    };
    session.encoder = new VideoEncoder({
      output: (chunk, meta) => writer.addChunk(chunk, meta),
      error: (error) => {
        session.failure = error;
      },
    });
    session.encoder.configure(config);
    return [session, codec];
  }
  throw new Error('this browser cannot encode VP9 or VP8');
}

async function encode(
  session: Session,
  request: Extract<WebmRequest, { type: 'frame' }>,
): Promise<void> {
  const { pixels, timestampUs: timestamp, durationUs: duration, keyFrame } = request;
  const { width: codedWidth, height: codedHeight } = session;
  // From pixels (copied in): a canvas- or bitmap-backed frame sends the software encoder down
  // a slow conversion, several times the whole frame's cost in headless Chromium.
  const frame = new VideoFrame(pixels, {
    format: 'RGBX',
    codedWidth,
    codedHeight,
    timestamp,
    duration,
  });
  session.encoder.encode(frame, { keyFrame });
  frame.close();
  while (session.encoder.encodeQueueSize > 2 && !session.failure) {
    await new Promise((resolve) =>
      session.encoder.addEventListener('dequeue', resolve, { once: true }),
    );
  }
}

/**
 * Creates a WebM encoder that answers {@link WebmRequest}s.
 * @returns the host
 */
export function createWebmHost(): Host<WebmRequest, WebmReply> {
  let session: Session | null = null;
  return hostOf<WebmRequest, WebmReply>(async (request) => {
    if (request.type === 'start') {
      const [opened, codec] = await start(request);
      session = opened;
      return { type: 'started', codec: codec.matroska };
    }
    if (!session) throw new Error('WebM encoder used before start');
    if (request.type === 'frame') await encode(session, request);
    else await session.encoder.flush();
    if (session.failure) throw session.failure;
    if (request.type === 'frame') return { type: 'encoded', pixels: request.pixels };
    session.encoder.close();
    const bytes = session.writer.finish();
    session = null;
    return { type: 'done', bytes };
  });
}
