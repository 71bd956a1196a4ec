/**
 * Embed mode in a real iframe on a host page of another origin (as a reveal.js or Slidev deck
 * would be; support/deck.ts): commands from the parent move the steps, step events arrive in
 * the parent, the diagram fits frames from 320x180 up without scrollbars, `origin=` holds.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import {
  type DeckServer,
  deckEvents as events,
  deckSend as send,
  startDeckServer,
} from './support/deck';

let browser: Browser;
let deck: DeckServer;
beforeAll(async () => {
  browser = await launchChromium();
  deck = await startDeckServer();
});
afterAll(async () => {
  await browser?.close();
  await deck?.close();
});

const until = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 15_000, interval: 50 });
const openDeck = (query: string, size: { width: number; height: number }) =>
  deck.open(browser, query, size);
const frameOf = (page: Page) => page.frameLocator('#pw');

describe('embed mode in an iframe', () => {
  it('is driven by postMessage and reports every step to the parent', async () => {
    const { page, errors, close } = await openDeck('?scenario=rabbit-hole&mode=embed', {
      width: 800,
      height: 450,
    });
    await until(async () => (await events(page))[0]?.type).toBe('packetwalk:ready');
    expect((await events(page))[0]).toMatchObject({
      scenario: 'rabbit-hole',
      step: 0,
      stepCount: 4,
      hops: 0,
      done: false,
    });

    await send(page, { type: 'packetwalk:command', command: 'next' });
    await until(async () => (await events(page)).at(-1)?.step).toBe(1);
    await send(page, { type: 'packetwalk:command', command: 'goto', step: 3 });
    await until(async () => (await events(page)).at(-1)?.step).toBe(3);
    expect((await events(page)).at(-1)).toMatchObject({
      type: 'packetwalk:step',
      hops: 2,
      done: false,
    });
    await until(() => frameOf(page).locator('svg[data-step]').getAttribute('data-step')).toBe('3');

    await send(page, { type: 'packetwalk:command', command: 'last' });
    await until(async () => (await events(page)).at(-1)?.done).toBe(true);
    await send(page, { type: 'packetwalk:command', command: 'previous' });
    await until(async () => (await events(page)).at(-1)?.step).toBe(3);

    const count = (await events(page)).length;
    await send(page, { type: 'packetwalk:command', command: 'goto', step: '1' });
    await send(page, { type: 'packetwalk:command', command: 'jump' });
    await send(page, { type: 'packetwalk:command', command: 'first' });
    await until(async () => (await events(page)).at(-1)?.step).toBe(0);
    expect((await events(page)).length).toBe(count + 1);
    expect(errors).toEqual([]);
    await close();
  });

  it('fits frames from 320x180 up: letterboxed, no scrollbars', async () => {
    for (const size of [
      { width: 800, height: 450 },
      { width: 480, height: 270 },
      { width: 320, height: 180 },
      { width: 320, height: 480 },
    ]) {
      const { page, close } = await openDeck(
        '?scenario=rabbit-hole&step=2&mode=embed&controls=1',
        size,
      );
      const frame = frameOf(page);
      await frame.locator('[data-entity="packet"]').waitFor();
      const fit = await frame.locator('html').evaluate((html) => {
        const svg = document.querySelector('.pw-embed__stage svg')?.getBoundingClientRect();
        const bar = document.querySelector('.pw-embed-bar')?.getBoundingClientRect();
        return {
          scrolls: html.scrollWidth > html.clientWidth || html.scrollHeight > html.clientHeight,
          svgInside:
            !!svg &&
            svg.top >= 0 &&
            svg.left >= 0 &&
            svg.right <= innerWidth + 0.5 &&
            svg.bottom <= innerHeight + 0.5,
          barInside: !!bar && bar.bottom <= innerHeight + 0.5 && bar.height > 0,
          svgHeight: svg?.height ?? 0,
        };
      });
      expect(fit, `${size.width}x${size.height}`).toMatchObject({
        scrolls: false,
        svgInside: true,
        barInside: true,
      });
      expect(fit.svgHeight).toBeGreaterThan(size.height * 0.4);
      await close();
    }
  });

  it('origin= restricts who may drive it', async () => {
    const allowed = await openDeck(`?scenario=rabbit-hole&mode=embed&origin=${deck.origin}`, {
      width: 480,
      height: 270,
    });
    await until(async () => (await events(allowed.page)).length).toBe(1);
    await send(allowed.page, { type: 'packetwalk:command', command: 'next' });
    await until(async () => (await events(allowed.page)).at(-1)?.step).toBe(1);
    await allowed.close();

    const other = await openDeck(
      '?scenario=rabbit-hole&mode=embed&controls=1&origin=https://elsewhere.test',
      { width: 480, height: 270 },
    );
    const frame = frameOf(other.page);
    await frame.locator('[data-entity="packet"]').waitFor();
    await send(other.page, { type: 'packetwalk:command', command: 'next' });
    await frame.getByRole('button', { name: 'Next step' }).click();
    await until(() => frame.locator('.pw-embed-bar__position').textContent()).toBe('Step 1 of 4');
    expect(await events(other.page)).toEqual([]);
    await other.close();
  });
});
