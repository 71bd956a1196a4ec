/**
 * Talk mode and the presenter view in Chromium, against the production build: big type at
 * 1920x1080, clicker keys, blank screen, leaving with T, and two windows kept in step by
 * BroadcastChannel (including the popup that S opens).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openApp } from './support/page';
import { svgTextSizes, textSizes, twoWindows } from './support/talk';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const FULL_HD = { width: 1920, height: 1080 };
/** Waits for a condition (polling), never for a duration. */
const until = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 15_000, interval: 50 });
const caption = (page: Page) => page.getByRole('region', { name: 'Caption' });

describe('talk mode at 1920x1080', () => {
  it('fills the screen without chrome, in type of 28 px or more', async () => {
    const { page, errors } = await openApp(
      browser,
      '?scenario=rabbit-hole&step=3&mode=talk',
      FULL_HD,
    );
    expect(await page.locator('header, [role="banner"], aside').count()).toBe(0);
    await until(() => caption(page).textContent()).toContain('Hop 2 of 3');
    const sizes = await textSizes(page);
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => s.size < 28)).toEqual([]);
    const drawn = await svgTextSizes(page);
    expect(drawn.length).toBeGreaterThan(20);
    expect(drawn.filter((s) => s.size < 27.95)).toEqual([]);
    const box = await page.locator('.pw-talk__stage svg').boundingBox();
    expect(box?.width).toBeGreaterThan(1200);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('steps with Page Down / Page Up, blanks with B, leaves with T', async () => {
    const { page, errors } = await openApp(
      browser,
      '?scenario=rabbit-hole&step=1&mode=talk',
      FULL_HD,
    );
    await page.keyboard.press('PageDown');
    await until(() => caption(page).textContent()).toContain('Step 2 of 4');
    expect(new URL(page.url()).search).toBe('?scenario=rabbit-hole&step=2&mode=talk');
    await page.keyboard.press('PageUp');
    await until(() => caption(page).textContent()).toContain('Step 1 of 4');

    await page.keyboard.press('b');
    const blank = page.locator('[data-blank="true"]');
    await blank.waitFor();
    const cover = await page.evaluate(() => {
      const top = document.elementFromPoint(960, 540) as HTMLElement | null;
      return {
        blank: top?.dataset.blank,
        text: top?.textContent,
        bg: top ? getComputedStyle(top).backgroundColor : '',
      };
    });
    expect(cover).toEqual({ blank: 'true', text: '', bg: 'rgb(0, 0, 0)' });
    await page.keyboard.press('b');
    await blank.waitFor({ state: 'detached' });
    await page.keyboard.press('.');
    await blank.waitFor();
    await page.keyboard.press('Escape');
    await blank.waitFor({ state: 'detached' });

    await page.keyboard.press('t');
    await page.getByRole('banner').waitFor();
    expect(new URL(page.url()).search).toBe('?scenario=rabbit-hole&step=1');
    await page.keyboard.press('t');
    await caption(page).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the controls when the pointer moves or a control takes focus', async () => {
    const { page } = await openApp(browser, '?scenario=rabbit-hole&mode=talk', FULL_HD);
    const bar = page.getByRole('toolbar', { name: 'Talk controls' });
    const opacity = () => bar.evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity()).toBe('0');
    await page.keyboard.press('Tab');
    await until(opacity).toBe('1');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    for (let i = 0; i < 5 && (await focused()) !== 'Next step'; i++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('Next step');
    await page.keyboard.press('Enter');
    await until(() => caption(page).textContent()).toContain('Step 1 of 4');
    await page.mouse.move(400, 400);
    await page.mouse.move(420, 420);
    await until(() => bar.getAttribute('data-visible')).toBe('true');
    await page.context().close();
  });
});

describe('presenter view', () => {
  const presenterAt = (page: Page) => page.locator('.pw-player__position').textContent();

  it('stays in step with the talk window, both ways, blank screen included', async () => {
    const { context, talk, presenter } = await twoWindows(browser, '?scenario=rabbit-hole&step=1');
    await talk.keyboard.press('PageDown');
    await until(() => presenterAt(presenter)).toBe('Step 2 of 4');
    await presenter.keyboard.press('PageDown');
    await until(() => caption(talk).textContent()).toContain('Step 3 of 4');
    expect(await presenter.locator('.pw-presenter-notes').first().textContent()).toMatch(
      /^Hop 2\./,
    );
    await presenter.keyboard.press('b');
    await talk.locator('[data-blank="true"]').waitFor();
    await talk.keyboard.press('b');
    await until(() =>
      presenter.getByRole('button', { name: 'Blank audience screen' }).getAttribute('aria-pressed'),
    ).toBe('false');
    await context.close();
  });

  it('S opens it in a popup that catches up with the talk', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const talk = await context.newPage();
    await talk.goto(new URL('?scenario=rabbit-hole&step=2&mode=talk', inject('appUrl')).href);
    await talk.locator('[data-entity="packet"]').waitFor();
    const [popup] = await Promise.all([context.waitForEvent('page'), talk.keyboard.press('s')]);
    await popup.locator('.pw-presenter').waitFor();
    expect(new URL(popup.url()).search).toBe('?scenario=rabbit-hole&step=2&mode=presenter');
    await talk.keyboard.press('PageDown');
    await until(() => presenterAt(popup)).toBe('Step 3 of 4');
    await context.close();
  });
});
