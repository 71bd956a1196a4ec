/**
 * End-to-end: the Export menu of the production build in Chromium. The SVG of a step has the
 * structure of the live diagram; PNG, PDF, GIF and WebM have the sizes, page and frame counts
 * and lengths the player's timeline gives; Cancel stops an export; and none of the export code
 * is in the first load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkDurationMs, walkFrames } from '../../src/export/kit';
import { HOLD_MS } from '../../src/player';
import { canonicalSvg } from '../export/support/canonicalSvg';
import { exportThroughMenu, openExportMenu } from '../export/support/exportUi';
import { lzwDecode, parseGif } from '../export/support/gif';
import { parseWebm } from '../export/support/webm';
import { launchChromium } from './support/chromium';
import { openApp } from './support/page';
import { expectedTrace } from './support/trace';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const LONG = 300_000;

describe('export: the first load carries none of it', () => {
  it('keeps react-dom/server, pdf-lib, gifenc and webm-muxer out of the initial chunks', () => {
    // The build tests/e2e/support/serveApp.ts serves.
    const dist = 'node_modules/.cache/packetwalk/e2e-dist';
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
      (m) => m[1] as string,
    );
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(dist, file), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
        visit(`assets/${m[1]}`);
    };
    for (const file of entry) visit(file);
    const initial = [...seen].map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    const markers = ['renderToStaticMarkup', 'PDFDocument', 'applyPalette', 'V_VP9', 'GIF89a'];
    for (const marker of markers) expect(initial, marker).not.toContain(marker);
    const lazy = readFileSync(join(dist, 'assets', readdirKit(dist)), 'utf8');
    for (const marker of markers) expect(lazy, `${marker} in the export chunk`).toContain(marker);
  });
});

function readdirKit(dist: string): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
  const code = readFileSync(join(dist, 'assets', entry), 'utf8');
  const kit = /["'`]\.\/(kit-[^"'`]+\.js)["'`]/.exec(code)?.[1];
  if (!kit) throw new Error('no kit chunk imported by the entry');
  return kit;
}

/** Waits for the packet at step `n`, then two frames (motion writes its values on a frame). */
async function atRest(page: Page, n: number): Promise<void> {
  await page.locator(`[data-entity="packet"][data-step="${n}"]`).waitFor({ state: 'attached' });
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** The on-screen diagram's viewBox size, rounded (the pixel size of a still export). */
async function viewBoxSize(page: Page): Promise<[number, number]> {
  const box = await page.locator('svg.pw-diagram').getAttribute('viewBox');
  const [, , w = 0, h = 0] = (box ?? '').split(/[\s,]+/).map(Number);
  return [Math.round(w), Math.round(h)];
}

async function liveSvg(page: Page): Promise<string> {
  return page.locator('svg.pw-diagram').evaluate((svg) => svg.outerHTML);
}

describe('export: still images', () => {
  it.each([
    ['?scenario=rabbit-hole&step=3', 3],
    ['?scenario=service-upstream&step=5&model=naive&reply=1&theme=dark', 5],
    ['?scenario=path-miss-404', 0],
  ])('the SVG of %s has the live diagram’s structure, packet and texts', async (query, step) => {
    const { page, errors } = await openApp(browser, query);
    await atRest(page, step);
    const file = await exportThroughMenu(page, 'svg');
    expect(file.fileName).toMatch(new RegExp(`-step${step}\\.svg$`));
    const exported = file.bytes.toString('utf8');
    const pair: [string, string] = [await liveSvg(page), exported];
    const [live, fromFile] = await page.evaluate(canonicalSvg, pair);
    expect(fromFile).toEqual(live);
    expect(live.some((line) => line.includes('data-entity="packet"'))).toBe(true);
    const [w, h] = await viewBoxSize(page);
    const root = /^<\?xml[^>]*>\n(<svg [^>]*>)/.exec(exported)?.[1] ?? '';
    for (const attr of ['xmlns="http://www.w3.org/2000/svg"', `width="${w}"`, `height="${h}"`]) {
      expect(root).toContain(attr);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the PNG is the diagram at twice its size in units (3200 px for the 1600 wide canvas)', async () => {
    const { page } = await openApp(browser, '?scenario=rabbit-hole&step=2');
    await atRest(page, 2);
    const { bytes, fileName } = await exportThroughMenu(page, 'png');
    expect(fileName).toBe('rabbit-hole-step2@2x.png');
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const [w, h] = await viewBoxSize(page);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * w, 2 * h]);
    expect(w).toBeGreaterThan(1200);
    await page.context().close();
  });

  it(
    'the PDF has a page per step, step 0 included',
    async () => {
      const { page } = await openApp(browser, '?scenario=rabbit-hole&reply=1');
      const { bytes, fileName } = await exportThroughMenu(page, 'pdf');
      expect(fileName).toBe('rabbit-hole-reply.pdf');
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBe(expectedTrace('rabbit-hole', 'real', true).steps.length + 1);
      await page.context().close();
    },
    LONG,
  );
});

describe('export: the whole walk', () => {
  const legs = expectedTrace('rabbit-hole').steps.length;

  it(
    'the GIF is 1280x720, loops, and has the frames and length of the player’s timeline',
    async () => {
      const { page } = await openApp(browser, '?scenario=rabbit-hole');
      const { bytes, fileName } = await exportThroughMenu(page, 'gif');
      expect(fileName).toBe('rabbit-hole.gif');
      const gif = parseGif(bytes);
      expect([gif.width, gif.height, gif.loops]).toEqual([1280, 720, 0]);
      expect(gif.frames).toHaveLength(walkFrames(legs, { fps: 20 }).length);
      expect(gif.frames.reduce((ms, f) => ms + f.delayCs * 10, 0)).toBe(walkDurationMs(legs));
      // The first frame is whole, in the light theme's background at the corner.
      const first = gif.frames[0];
      if (!first) throw new Error('no frames');
      const corner = gif.palette[lzwDecode(first)[0] as number];
      expect(corner).toEqual([0xf6, 0xf8, 0xfa].map((c) => expect.closeTo(c, -1)));
      await page.context().close();
    },
    LONG,
  );

  it(
    'the WebM is 1280x720 VP9, as long as the walk, with a keyframe at least every 2 s',
    async () => {
      const { page } = await openApp(browser, '?scenario=rabbit-hole');
      const { bytes, fileName } = await exportThroughMenu(page, 'webm');
      expect(fileName).toBe('rabbit-hole.webm');
      const webm = parseWebm(bytes);
      expect(webm).toMatchObject({ docType: 'webm', codec: 'V_VP9', width: 1280, height: 720 });
      expect(Math.abs(webm.durationMs - walkDurationMs(legs))).toBeLessThanOrEqual(1);
      expect(webm.blocks).toHaveLength(walkFrames(legs, { fps: 30 }).length + 1);
      const keys = webm.blocks.filter((b) => b.key).map((b) => b.timeMs);
      expect(keys[0]).toBe(0);
      // A keyframe comes with the first frame 2 s after the last; a rest can delay it by HOLD_MS.
      const spans = [...keys.slice(1), webm.durationMs].map((t, i) => t - (keys[i] as number));
      expect(Math.max(...spans)).toBeLessThanOrEqual(2000 + HOLD_MS);
      await page.context().close();
    },
    LONG,
  );

  it(
    'Cancel stops a running export: no file, the menu free again',
    async () => {
      const { page } = await openApp(browser, '?scenario=rabbit-hole');
      const downloads: string[] = [];
      page.on('download', (d) => downloads.push(d.suggestedFilename()));
      await openExportMenu(page);
      await page.getByRole('menuitem', { name: /^GIF/ }).click();
      await page.getByRole('progressbar', { name: 'Exporting GIF' }).waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('[data-export-status]').waitFor({ state: 'detached' });
      expect(downloads).toEqual([]);
      expect(await page.getByRole('button', { name: 'Export', exact: true }).isEnabled()).toBe(
        true,
      );
      await page.context().close();
    },
    LONG,
  );
});
