/**
 * The export code itself, loaded only when an export is asked for (`loadExportKit()` in
 * index.ts): react-dom/server, pdf-lib, gifenc and webm-muxer stay out of the app's first load.
 */
import { exportGif } from './browser/exportGif';
import { exportPdf } from './browser/exportPdf';
import { exportPng, exportSvg } from './browser/exportStill';
import { exportWebm } from './browser/exportWebm';
import type { ExportFormat, ExportResult, ExportRunOptions, ExportSource } from './types';

// Browser exports
export { PDF_IMAGE_SCALE } from './browser/exportPdf';
// Pieces that also run in Node (the command line, tests)
export { exportFileName } from './fileName';
export type { WalkFrame, WalkFramesOptions } from './frames/walkFrames';
export { walkDurationMs, walkFrames } from './frames/walkFrames';
export { buildPalette, createGifWriter, gifDelays } from './gif/gifWriter';
export type { BuildPdfOptions, PdfPageInput } from './pdf/buildPdf';
export { buildPdf, PDF_PAGE } from './pdf/buildPdf';
export type { CaptionLine, PageCaption } from './pdf/caption';
export { stepCaption } from './pdf/caption';
export type { CreateSceneOptions, ExportScene } from './svg/scene';
export { createScene, sceneSvg } from './svg/scene';
export { splitLayers } from './svg/splitLayers';
export type { ExportStyles } from './svg/standaloneSvg';
export type { WebmCodec, WebmVideo } from './webm/webmWriter';
export { createWebmWriter, VP8, VP9, WEBM_VIDEO } from './webm/webmWriter';
export { exportGif, exportPdf, exportPng, exportSvg, exportWebm };

/**
 * Runs one browser export.
 * @param format - which file
 * @param source - what is on screen
 * @param options - abort signal and progress
 * @returns the file and its name
 */
export async function runExport(
  format: ExportFormat,
  source: ExportSource,
  options: ExportRunOptions = {},
): Promise<ExportResult> {
  switch (format) {
    case 'svg':
      return exportSvg(source);
    case 'png':
      return exportPng(source, options);
    case 'pdf':
      return exportPdf(source, options);
    case 'gif':
      return exportGif(source, options);
    case 'webm':
      return exportWebm(source, options);
  }
}
