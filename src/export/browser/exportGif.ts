/**
 * Browser export of the whole walk as an animated GIF at 1280x720: the player's frames
 * (walkFrames, 20 fps) drawn on the page, encoded in a Worker; rests are single frames with
 * long delays.
 */
import { exportFileName } from '../fileName';
import { walkFrames } from '../frames/walkFrames';
import { gifDelays } from '../gif/gifWriter';
import { createScene, sceneSvg } from '../svg/scene';
import type { ExportResult, ExportRunOptions, ExportSource } from '../types';
import { createFrameRenderer } from './frameRenderer';
import { createGifEncoderClient } from './gifEncoderClient';
import { yieldToPage } from './rasterize';
import { createBufferPool } from './readPixels';

/** Size and frame rate of exported GIFs (20 fps: 5/100 s, a whole GIF delay). */
export const GIF_VIDEO = { width: 1280, height: 720, fps: 20 } as const;

/**
 * The whole walk, from the packet waiting at the client to the end, as a looping GIF.
 * @param source - scenario, trace and theme (the step is not used)
 * @param options - abort signal and progress
 * @returns the file
 */
export async function exportGif(
  source: ExportSource,
  options: ExportRunOptions = {},
): Promise<ExportResult> {
  const { trace, theme } = source;
  const { width, height, fps } = GIF_VIDEO;
  const scene = createScene(source.scenario, trace, { theme, width, height });
  const frames = walkFrames(trace.steps.length, { fps });
  const delays = gifDelays(frames.map((f) => f.durationMs));
  const renderer = createFrameRenderer(width, height, scene.background);
  const pool = createBufferPool(width * height * 4);
  const draw = async (step: number, progress: number, into?: Uint8Array) => {
    await renderer.draw(sceneSvg(scene, step, progress));
    return renderer.pixels(into);
  };
  const total = frames.length;
  const report = (done: number, label: string) =>
    options.onProgress?.({ fraction: done / (total + 1), label });
  const encoder = createGifEncoderClient(pool);
  try {
    // The rests show every colour of the walk: they make the palette.
    const samples: Uint8Array[] = [];
    for (const f of frames.filter((frame) => frame.progress >= 1)) {
      samples.push(await draw(f.step, 1));
      report(0, 'Choosing colours');
      await yieldToPage(options.signal);
    }
    await encoder.start(width, height, samples);
    for (const [i, f] of frames.entries()) {
      await encoder.frame(await draw(f.step, f.progress, pool.take()), delays[i] ?? 0);
      report(i + 1, `Frame ${i + 1} of ${total}`);
      await yieldToPage(options.signal);
    }
    report(total, 'Finishing');
    const bytes = await encoder.finish();
    return {
      fileName: exportFileName(trace, 'gif'),
      blob: new Blob([bytes as BlobPart], { type: 'image/gif' }),
    };
  } finally {
    encoder.close();
  }
}
