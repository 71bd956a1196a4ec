/**
 * Deep links in Chromium: a URL with every parameter opens exactly that (scenario, step,
 * model, reply, theme, mode); stepping rewrites it; Back steps back; "Copy link to this step"
 * copies the absolute URL.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openApp } from './support/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const until = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 15_000, interval: 50 });
const EVERY = '?scenario=lb-all-nodes&step=2&model=naive&reply=1&theme=dark&mode=talk';

describe('deep links', () => {
  it('open with every parameter, step, and go back', async () => {
    const { page, errors } = await openApp(browser, EVERY, { width: 1920, height: 1080 });
    const root = () => page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(await root()).toMatchObject({ theme: 'dark', mode: 'talk' });
    expect(await page.locator('svg[data-model]').getAttribute('data-model')).toBe('naive');
    const caption = page.getByRole('region', { name: 'Caption' });
    await until(() => caption.textContent()).toMatch(/Step 2 of \d+/);
    const total = Number((await caption.textContent())?.match(/Step 2 of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(4);

    await page.keyboard.press('PageDown');
    await until(() => new URL(page.url()).search).toBe(EVERY.replace('step=2', 'step=3'));
    await page.keyboard.press('End');
    await until(() => new URL(page.url()).search).toBe(EVERY.replace('step=2', `step=${total}`));
    await until(() => caption.textContent()).toContain('(reply)');

    await page.goBack();
    await until(() => new URL(page.url()).search).toBe(EVERY.replace('step=2', 'step=3'));
    await until(() => caption.textContent()).toContain(`Step 3 of ${total}`);
    await page.goBack();
    await until(() => caption.textContent()).toContain(`Step 2 of ${total}`);
    expect(await root()).toMatchObject({ theme: 'dark', mode: 'talk' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Copy link to this step" copies the absolute URL', async () => {
    const { page } = await openApp(browser, '?scenario=path-miss-404&step=3', {
      width: 1600,
      height: 900,
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.getByRole('button', { name: /link to this step$/ });
    await button.click();
    await until(() => button.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).search).toBe('?scenario=path-miss-404&step=3');
    await page.context().close();
  });
});
