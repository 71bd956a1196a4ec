/**
 * Helpers of the talk-mode e2e tests: the font sizes of every HTML text of the talk screen, and
 * a talk window plus a presenter window in one browser context (one BroadcastChannel).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

/** Every HTML element of the talk screen that shows text of its own, with its font size. */
export function textSizes(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; size: number }[] = [];
    for (const el of document.querySelectorAll('.pw-talk *')) {
      if (el.closest('svg')) continue;
      const own = [...el.childNodes].some(
        (n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '',
      );
      if (own)
        out.push({
          text: (el.textContent ?? '').trim().slice(0, 40),
          size: Number.parseFloat(getComputedStyle(el).fontSize),
        });
    }
    return out;
  });
}

/**
 * Every text of the talk screen's diagram with the size it is drawn at, in CSS pixels (its
 * font size in diagram units times the SVG's scale on screen).
 */
export function svgTextSizes(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; size: number }[] = [];
    for (const el of document.querySelectorAll<SVGTextContentElement>('.pw-talk svg text')) {
      const text = (el.textContent ?? '').trim();
      const ctm = el.getScreenCTM();
      if (text === '' || !ctm || el.getBoundingClientRect().width === 0) continue;
      const units = Number.parseFloat(getComputedStyle(el).fontSize);
      out.push({ text: text.slice(0, 40), size: units * Math.hypot(ctm.a, ctm.b) });
    }
    return out;
  });
}

/** Opens `query` (without `mode=`) as a talk window and a presenter window of one context. */
export async function twoWindows(
  browser: Browser,
  query: string,
): Promise<{ context: BrowserContext; talk: Page; presenter: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const talk = await context.newPage();
  const presenter = await context.newPage();
  await talk.goto(new URL(`${query}&mode=talk`, inject('appUrl')).href);
  await presenter.goto(new URL(`${query}&mode=presenter`, inject('appUrl')).href);
  await talk.locator('[data-entity="packet"]').waitFor();
  await presenter.locator('[data-entity="packet"]').waitFor();
  return { context, talk, presenter };
}
