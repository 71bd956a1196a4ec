/**
 * Browser only: an SVG document drawn onto a canvas. Chromium cannot `createImageBitmap` an
 * SVG blob, so it goes through an `<img>` (decoded asynchronously) and `drawImage`.
 */

/** A 2D context of a canvas or an OffscreenCanvas. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Decodes an SVG document into an image.
 * @param svg - the SVG text (self-contained: an image sees no page CSS)
 * @returns the decoded image
 */
export async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  // A data: URL, not a blob: URL: registering a blob costs a round trip to the browser process.
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  return image;
}

/**
 * Draws an SVG document over a whole canvas.
 * @param ctx - the canvas' 2D context
 * @param svg - the SVG text
 * @param background - fills the canvas first (where the SVG leaves it bare)
 */
export async function drawSvg(ctx: Context2D, svg: string, background = '#ffffff'): Promise<void> {
  const image = await loadSvgImage(svg);
  const { width, height } = ctx.canvas;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0, width, height);
}

/**
 * An opaque canvas of the given size.
 * @param width - pixels
 * @param height - pixels
 * @param readBack - its pixels are read often (`getImageData`): keep it in memory @default false
 * @returns the canvas and its context
 */
export function createCanvas(
  width: number,
  height: number,
  readBack = false,
): { canvas: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D } {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: readBack, alpha: false });
  if (!ctx) throw new Error('export: no 2D canvas context');
  return { canvas, ctx };
}

/** `scheduler.yield()` where the browser has it (Chromium 129+). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/** A macrotask without setTimeout's 4 ms clamp for nested timers. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Lets the page breathe between frames (input, paint), then checks for a cancel.
 * @param signal - the export's abort signal
 */
export async function yieldToPage(signal?: AbortSignal): Promise<void> {
  await nextTask();
  signal?.throwIfAborted();
}
