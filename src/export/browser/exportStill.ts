/**
 * Browser exports of the step on screen: a self-contained SVG, and a PNG at 2x. Both start from
 * the diagram exactly as the screen shows it (`source.screen`), laid out for the page's shape;
 * without it, from the scene drawn at rest.
 */
import { exportFileName } from '../fileName';
import { createScene, sceneSvg } from '../svg/scene';
import { standaloneSvg, themeBackground, viewBoxOf } from '../svg/standaloneSvg';
import type { ExportResult, ExportRunOptions, ExportSource } from '../types';
import { createCanvas, drawSvg } from './rasterize';

/** A still image's SVG document and its pixel size. */
export interface StillSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * The SVG document of the step on screen.
 * @param source - what is on screen
 * @returns the document and its pixel size (the on-screen diagram's viewBox, in units)
 */
export function stillSvg(source: ExportSource): StillSvg {
  const { screen, theme } = source;
  const [, , w = 0, h = 0] = screen ? viewBoxOf(screen) : [];
  if (screen && w > 0 && h > 0) {
    const [width, height] = [Math.round(w), Math.round(h)];
    return { svg: standaloneSvg(screen, { width, height, theme }), width, height };
  }
  const scene = createScene(source.scenario, source.trace, { theme });
  return { svg: sceneSvg(scene, source.step), width: scene.width, height: scene.height };
}

/**
 * The step on screen as a standalone SVG (theme resolved, CSS embedded).
 * @param source - what is on screen
 * @returns the file
 */
export function exportSvg(source: ExportSource): ExportResult {
  return {
    fileName: exportFileName(source.trace, 'svg', { step: source.step }),
    blob: new Blob([stillSvg(source).svg], { type: 'image/svg+xml' }),
  };
}

/**
 * The step on screen as a PNG at 2x (twice the diagram's own units: 3200 px for 1600).
 * @param source - what is on screen
 * @param options - abort signal and progress
 * @returns the file
 */
export async function exportPng(
  source: ExportSource,
  options: ExportRunOptions = {},
): Promise<ExportResult> {
  options.onProgress?.({ fraction: 0, label: 'Drawing' });
  const { svg, width, height } = stillSvg(source);
  const { canvas, ctx } = createCanvas(width * 2, height * 2);
  await drawSvg(ctx, svg, themeBackground(source.theme));
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  options.signal?.throwIfAborted();
  return { fileName: exportFileName(source.trace, 'png', { step: source.step, scale: 2 }), blob };
}
