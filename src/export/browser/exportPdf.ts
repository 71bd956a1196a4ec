/**
 * Browser export of every step as one PDF: each step drawn (at rest) to a PNG, then pdf-lib
 * sets the pages with their captions.
 */
import { exportFileName } from '../fileName';
import { buildPdf, type PdfPageInput } from '../pdf/buildPdf';
import { stepCaption } from '../pdf/caption';
import { createScene, sceneSvg } from '../svg/scene';
import type { ExportResult, ExportRunOptions, ExportSource } from '../types';
import { createCanvas, drawSvg, yieldToPage } from './rasterize';

/** Pixel density of the diagrams in the PDF (1600x900 -> 2400x1350: crisp in print at A4). */
export const PDF_IMAGE_SCALE = 1.5;

/**
 * Every step, 0..N, as one PDF page each (pages = steps + 1).
 * @param source - scenario, trace and theme (the step is not used)
 * @param options - abort signal and progress
 * @returns the file
 */
export async function exportPdf(
  source: ExportSource,
  options: ExportRunOptions = {},
): Promise<ExportResult> {
  const { scenario, trace, theme } = source;
  const scene = createScene(scenario, trace, { theme });
  const { canvas, ctx } = createCanvas(
    scene.width * PDF_IMAGE_SCALE,
    scene.height * PDF_IMAGE_SCALE,
  );
  const background = scene.background;
  const count = trace.steps.length + 1;
  const pages: PdfPageInput[] = [];
  for (let step = 0; step < count; step++) {
    options.onProgress?.({ fraction: step / (count + 1), label: `Page ${step + 1} of ${count}` });
    await drawSvg(ctx, sceneSvg(scene, step), background);
    const png = new Uint8Array(
      await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer(),
    );
    pages.push({ png, caption: stepCaption(trace, step, scenario) });
    await yieldToPage(options.signal);
  }
  options.onProgress?.({ fraction: count / (count + 1), label: 'Writing the PDF' });
  const bytes = await buildPdf(pages, {
    title: `${scenario.metadata.title} — PacketWalk`,
    aspect: scene.width / scene.height,
  });
  options.signal?.throwIfAborted();
  return {
    fileName: exportFileName(trace, 'pdf'),
    blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
  };
}
