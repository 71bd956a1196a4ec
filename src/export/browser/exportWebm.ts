/**
 * Browser export of the whole walk as a WebM video at 1280x720: the player's frames (30 fps
 * while something moves) drawn on the page and handed as pixels to a Worker, which encodes
 * them with WebCodecs (VP9, else VP8) at an explicit timestamp each and muxes with webm-muxer.
 */
import { exportFileName } from '../fileName';
import { walkDurationMs, walkFrames } from '../frames/walkFrames';
import { createScene, sceneSvg } from '../svg/scene';
import type { ExportResult, ExportRunOptions, ExportSource } from '../types';
import { WEBM_VIDEO } from '../webm/webmWriter';
import { createFrameRenderer } from './frameRenderer';
import { yieldToPage } from './rasterize';
import { createBufferPool } from './readPixels';
import { createWebmEncoderClient } from './webmEncoderClient';

/** A keyframe at least every 2 s of video, so players can seek. */
const KEYFRAME_US = 2_000_000;

/**
 * The whole walk as a WebM video. Frames carry the player's own times: a rest is one frame
 * that lasts (variable frame rate), and a last copy of the end frame sits at the walk's
 * length, so the file's duration is exactly the walk's length at 1x.
 * @param source - scenario, trace and theme (the step is not used)
 * @param options - abort signal and progress
 * @returns the file
 */
export async function exportWebm(
  source: ExportSource,
  options: ExportRunOptions = {},
): Promise<ExportResult> {
  const { trace, theme } = source;
  const { width, height, fps } = WEBM_VIDEO;
  const scene = createScene(source.scenario, trace, { theme, width, height });
  const frames = walkFrames(trace.steps.length, { fps });
  // The end frame again at the walk's length: the file's duration is its last frame's time.
  const end = frames.at(-1);
  const times = [
    ...frames,
    ...(end ? [{ ...end, startMs: walkDurationMs(trace.steps.length), durationMs: 0 }] : []),
  ];
  const renderer = createFrameRenderer(width, height, scene.background);
  const pool = createBufferPool(width * height * 4);
  const encoder = createWebmEncoderClient(pool);
  let lastKey = Number.NEGATIVE_INFINITY;
  try {
    await encoder.start(width, height, fps);
    for (const [i, frame] of times.entries()) {
      await renderer.draw(sceneSvg(scene, frame.step, frame.progress));
      const start = Math.round(frame.startMs * 1000);
      const keyFrame = start - lastKey >= KEYFRAME_US;
      if (keyFrame) lastKey = start;
      const pixels = await renderer.pixels(pool.take());
      await encoder.frame(pixels, start, Math.round(frame.durationMs * 1000), keyFrame);
      options.onProgress?.({
        fraction: (i + 1) / (times.length + 1),
        label: `Frame ${i + 1} of ${times.length}`,
      });
      await yieldToPage(options.signal);
    }
    options.onProgress?.({ fraction: times.length / (times.length + 1), label: 'Finishing' });
    const bytes = await encoder.finish();
    return {
      fileName: exportFileName(trace, 'webm'),
      blob: new Blob([bytes as BlobPart], { type: 'video/webm' }),
    };
  } finally {
    encoder.close();
  }
}
