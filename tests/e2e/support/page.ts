/**
 * A page of the app under test, with the console watched: any console error or uncaught
 * exception fails the test that opened it (`expectNoConsoleErrors`).
 */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

/** An opened page and the errors it logged. */
export interface AppPage {
  page: Page;
  errors: string[];
}

/** Options of {@link openApp}. */
export interface OpenAppOptions {
  width?: number;
  height?: number;
  reducedMotion?: boolean;
  colorScheme?: 'light' | 'dark';
}

/**
 * Opens the app at a query string (e.g. `?scenario=rabbit-hole&step=2`).
 * @param browser - a launched Chromium
 * @param query - appended to the app URL
 * @param options - viewport and media features
 */
export async function openApp(
  browser: Browser,
  query = '',
  options: OpenAppOptions = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1600, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(new URL(query, inject('appUrl')).href);
  await page.locator('[data-entity="packet"]').waitFor();
  return { page, errors };
}
