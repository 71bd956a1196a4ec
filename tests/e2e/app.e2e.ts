/**
 * End-to-end: the production app in Debian's Chromium, driven through the screen contract
 * (DESIGN.md): step through scenarios and check, at every step, where the packet rests, that
 * its src/dst and every rewrite's before/after are on screen as text; keys, deep links, the
 * back button, and no console errors. A screenshot of every step is kept in test-results/e2e/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { readPacket, waitForRest } from './support/packet';
import { openApp } from './support/page';
import { expectedTrace, textsOnScreen } from './support/trace';

const SHOTS = 'test-results/e2e';
/** How far (diagram units) a resting packet may sit from the box of the entity it reached. */
const REST_REACH = 40;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function expectTextsVisible(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) {
    const visible = page.getByText(text, { exact: false }).filter({ visible: true });
    expect(await visible.count(), `"${text}" on screen`).toBeGreaterThan(0);
  }
}

async function stepThrough(name: string, reducedMotion: boolean): Promise<void> {
  const trace = expectedTrace(name);
  const { page, errors } = await openApp(browser, `?scenario=${name}`, { reducedMotion });
  const start = await waitForRest(page, 0);
  expect(start.at).toBe('client');
  await page.screenshot({ path: `${SHOTS}/${name}-step0.png` });
  for (let n = 1; n <= trace.steps.length; n++) {
    await page.getByRole('button', { name: 'Next step' }).click();
    const rest = await waitForRest(page, n);
    const leg = trace.steps[n - 1];
    expect(rest.at, `step ${n} rests at ${leg?.to}`).toBe(leg?.to);
    // Drawn next to the entity it reached: its resting point touches that entity's box.
    expect(rest.distances[leg?.to ?? ''], `step ${n}: distance to ${leg?.to}`).toBeLessThan(
      REST_REACH,
    );
    await expectTextsVisible(page, textsOnScreen(trace, n));
    expect(new URL(page.url()).searchParams.get('step')).toBe(String(n));
    await page.screenshot({ path: `${SHOTS}/${name}-step${n}.png` });
  }
  await expectTextsVisible(page, [trace.outcome]);
  expect(errors).toEqual([]);
  await page.context().close();
}

describe('stepping through scenarios', () => {
  it('rabbit-hole: three hops, the packet travels leg by leg', async () => {
    await stepThrough('rabbit-hole', false);
  });

  it('local-policy: the client IP survives (reduced motion: steps change in place)', async () => {
    await stepThrough('local-policy', true);
  });

  it('path-miss-404: the controller answers 404', async () => {
    await stepThrough('path-miss-404', true);
  });

  it('service-upstream: the ClusterIP rewrite happens on the controller node', async () => {
    await stepThrough('service-upstream', true);
  });
});

describe('motion', () => {
  it('the packet moves along the route between two rests (no jump)', async () => {
    const { page, errors } = await openApp(browser, '?scenario=rabbit-hole&step=1');
    const before = await waitForRest(page, 1);
    await page.getByRole('button', { name: 'Next step' }).click();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const p = await readPacket(page);
      seen.add(`${Math.round(p.screen.x)},${Math.round(p.screen.y)}`);
      if (
        await page
          .locator('[data-entity="packet"][data-step="2"][data-at]:not([data-at=""])')
          .count()
      )
        break;
      await page.waitForTimeout(40);
    }
    const after = await waitForRest(page, 2);
    expect(after.at).toBe('node-3');
    seen.delete(`${Math.round(before.screen.x)},${Math.round(before.screen.y)}`);
    seen.delete(`${Math.round(after.screen.x)},${Math.round(after.screen.y)}`);
    expect(seen.size, 'intermediate positions while travelling').toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard, deep links and history', () => {
  it('Right/Space/PageDown step forward, Left/PageUp back, End and Home jump', async () => {
    const trace = expectedTrace('rabbit-hole');
    const { page, errors } = await openApp(browser, '', { reducedMotion: true });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await waitForRest(page, 1);
    await page.keyboard.press('Space');
    await waitForRest(page, 2);
    await page.keyboard.press('PageDown');
    await waitForRest(page, 3);
    await page.keyboard.press('ArrowLeft');
    await waitForRest(page, 2);
    await page.keyboard.press('PageUp');
    await waitForRest(page, 1);
    await page.keyboard.press('End');
    await waitForRest(page, trace.steps.length);
    await page.keyboard.press('Home');
    await waitForRest(page, 0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('&step=N opens with legs 1..N done, and the back button steps back', async () => {
    const trace = expectedTrace('local-policy');
    const { page, errors } = await openApp(browser, '?scenario=local-policy&step=2', {
      reducedMotion: true,
    });
    const opened = await waitForRest(page, 2);
    expect(opened.at).toBe(trace.steps[1]?.to);
    await expectTextsVisible(page, textsOnScreen(trace, 2));
    await page.getByRole('button', { name: 'Next step' }).click();
    await waitForRest(page, 3);
    await page.getByRole('button', { name: 'Next step' }).click();
    await waitForRest(page, 4);
    await page.goBack();
    await waitForRest(page, 3);
    expect(new URL(page.url()).searchParams.get('step')).toBe('3');
    await page.goBack();
    await waitForRest(page, 2);
    await page.goForward();
    await waitForRest(page, 3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the narration of the current step lives in an aria-live="polite" region', async () => {
    const trace = expectedTrace('rabbit-hole');
    const { page } = await openApp(browser, '?scenario=rabbit-hole&step=3', {
      reducedMotion: true,
    });
    await waitForRest(page, 3);
    const live = page.locator('[aria-live="polite"]');
    const text = (await live.allInnerTexts()).join(' ');
    expect(text).toContain((trace.steps[2]?.note ?? '').slice(0, 60));
    await page.context().close();
  });

  it('Play and Pause are buttons with those names; playing walks to the end', async () => {
    const trace = expectedTrace('rabbit-hole');
    const { page, errors } = await openApp(browser, '?scenario=rabbit-hole', {
      reducedMotion: true,
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' }).count()).resolves.toBe(1);
    await waitForRest(page, trace.steps.length);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
