/**
 * PNG and PDF pages through headless Chromium (playwright-core, Debian's /usr/bin/chromium or
 * CHROMIUM_PATH). No browser is downloaded; without one the command says so and exits 1.
 */
import { existsSync } from 'node:fs';

/** The message when no Chromium can be used (printed as is, exit 1). */
export const NO_CHROMIUM =
  'packetwalk: PNG and PDF need Chromium; install it (e.g. apt-get install chromium) or set CHROMIUM_PATH';

/** Flags that let headless Chromium run as root, offline, without a GPU (as tests/e2e/support/chromium.ts). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium could not be found or started; `message` is for the user. */
export class ChromiumUnavailable extends Error {
  override name = 'ChromiumUnavailable';
}

/** Draws standalone SVG documents into PNG bytes. */
export interface SvgRasterizer {
  /**
   * @param svg - a standalone SVG (its root carries the pixel size)
   * @param width - CSS pixels
   * @param height - CSS pixels
   * @param scale - device pixels per CSS pixel
   */
  png(svg: string, width: number, height: number, scale: number): Promise<Uint8Array>;
}

/** The executable the command would start. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Starts Chromium, hands a rasterizer to `work`, and always closes the browser.
 * @param work - what to draw
 * @returns what `work` returns
 * @throws ChromiumUnavailable when no Chromium (or no playwright-core) can be used
 */
export async function withChromium<T>(work: (raster: SvgRasterizer) => Promise<T>): Promise<T> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new ChromiumUnavailable(NO_CHROMIUM);
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new ChromiumUnavailable(`${NO_CHROMIUM} (and playwright-core: npm install)`);
  }
  const browser = await chromium
    .launch({ executablePath, args: CHROMIUM_FLAGS, headless: true })
    .catch((error: unknown) => {
      const first = String(error instanceof Error ? error.message : error).split('\n')[0];
      throw new ChromiumUnavailable(
        `packetwalk: could not start Chromium at ${executablePath}: ${first}`,
      );
    });
  try {
    const pages = new Map<number, import('playwright-core').Page>();
    return await work({
      async png(svg, width, height, scale) {
        let page = pages.get(scale);
        if (!page) {
          page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
          pages.set(scale, page);
        }
        await page.setViewportSize({ width, height });
        const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
        await page.setContent(`<!doctype html><html><body style="margin:0">${body}</body></html>`);
        const shot = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width, height } });
        return new Uint8Array(shot);
      },
    });
  } finally {
    await browser.close();
  }
}
