/**
 * Browser only: draws the frames of an animation onto one canvas, fast. The base layer (the
 * static scene, see splitLayers) is rasterised once and reused while its markup stays the
 * same; each frame then only decodes the small overlay and paints it on a copy of the base.
 * Frames leave as pixels copied into buffers the caller keeps (see readPixels).
 */
import { splitLayers } from '../svg/splitLayers';
import { type Context2D, createCanvas, drawSvg, loadSvgImage } from './rasterize';
import { readPixels } from './readPixels';

/** Draws frames (standalone SVG documents) into bitmaps. */
export interface FrameRenderer {
  /** Draws one frame over the whole canvas. */
  draw(svg: string): Promise<void>;
  /** The frame drawn last, as RGBX pixels, copied into `into` (when it fits). */
  pixels(into?: Uint8Array): Promise<Uint8Array>;
}

/**
 * Creates a frame renderer.
 * @param width - canvas width in pixels
 * @param height - canvas height in pixels
 * @param background - colour under everything (the theme's `--pw-bg`)
 * @returns the renderer
 */
export function createFrameRenderer(
  width: number,
  height: number,
  background = '#ffffff',
): FrameRenderer {
  const { canvas, ctx } = createCanvas(width, height);
  const base = createCanvas(width, height);
  let baseMarkup: string | null = null;
  // A bitmap, not the canvas: a canvas keeps its drawing as recorded operations, and drawing
  // it each frame would rasterise the whole scene again each time.
  let baseBitmap: ImageBitmap | null = null;
  const paintOverlay = async (target: Context2D, overlay: string) => {
    const image = await loadSvgImage(overlay);
    target.drawImage(image, 0, 0, width, height);
  };
  return {
    pixels: (into) => readPixels(canvas, into),
    async draw(svg) {
      const layers = splitLayers(svg);
      if (!layers) {
        await drawSvg(ctx, svg, background);
        return;
      }
      if (layers.base !== baseMarkup || !baseBitmap) {
        await drawSvg(base.ctx, layers.base, background);
        baseBitmap?.close();
        baseBitmap = await createImageBitmap(base.canvas);
        baseMarkup = layers.base;
      }
      ctx.drawImage(baseBitmap, 0, 0);
      await paintOverlay(ctx, layers.overlay);
    },
  };
}
