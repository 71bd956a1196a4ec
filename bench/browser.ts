/**
 * In-browser measurements for the app benchmark: time from navigation to the diagram drawn,
 * and frame intervals while the packet travels.
 */
import type { Browser } from 'playwright-core';
import { percentile, type Sample, summarize } from './measure';

/**
 * Opens the app in a fresh context and times navigation start → the packet drawn.
 * @param browser - a launched Chromium
 * @param url - the page
 * @param runs - how many fresh loads
 */
export async function timeToDiagram(browser: Browser, url: string, runs = 9): Promise<Sample> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const done = () => {
        (window as unknown as { __pwDrawn: number }).__pwDrawn = performance.now();
      };
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-entity="packet"]')) {
          observer.disconnect();
          done();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __pwDrawn?: number }).__pwDrawn);
    times.push(await page.evaluate(() => (window as unknown as { __pwDrawn: number }).__pwDrawn));
    await context.close();
  }
  return summarize(times);
}

/** Frame intervals while the packet moves: percentiles and the worst one. */
export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Plays every leg of a scenario with "Next step" and records requestAnimationFrame intervals
 * while the packet is travelling (its `data-at` is empty).
 * @param browser - a launched Chromium
 * @param url - the page (scenario chosen in the query)
 * @param legs - how many legs to play
 */
export async function frameIntervals(
  browser: Browser,
  url: string,
  legs: number,
): Promise<FrameStats> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-entity="packet"][data-at]:not([data-at=""])').waitFor();
  const intervals: number[] = [];
  for (let leg = 1; leg <= legs; leg++) {
    await page.getByRole('button', { name: 'Next step' }).click();
    const got = await page.evaluate(
      (n) =>
        new Promise<number[]>((resolve) => {
          const out: number[] = [];
          let last = performance.now();
          const tick = (now: number) => {
            out.push(now - last);
            last = now;
            const p = document.querySelector('[data-entity="packet"]');
            const resting =
              p?.getAttribute('data-step') === String(n) &&
              (p.getAttribute('data-at') ?? '') !== '';
            if (resting && out.length > 2) resolve(out.slice(1));
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      leg,
    );
    intervals.push(...got);
  }
  await context.close();
  return {
    frames: intervals.length,
    p50: percentile(intervals, 0.5),
    p95: percentile(intervals, 0.95),
    max: Math.max(...intervals),
  };
}
