/**
 * Driving the Export menu of the running app in Chromium (e2e tests, `npm run bench:export`):
 * choose a format, wait for the file, read its bytes.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** A file the app handed to the browser as a download. */
export interface ExportedFile {
  fileName: string;
  bytes: Buffer;
  /** From the click on the menu item to the download event, in ms (the bench reads it). */
  elapsedMs: number;
}

/** The menu item's accessible name starts with these. */
const LABELS = { svg: 'SVG', png: 'PNG', pdf: 'PDF', gif: 'GIF', webm: 'WebM video' } as const;

/**
 * Opens the Export menu.
 * @param page - the app
 */
export async function openExportMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menu', { name: 'Export' }).waitFor();
}

/**
 * Exports through the menu and returns the file.
 * @param page - the app
 * @param format - which item
 * @param timeout - how long to wait for the file, in ms
 */
export async function exportThroughMenu(
  page: Page,
  format: keyof typeof LABELS,
  timeout = 240_000,
): Promise<ExportedFile> {
  await openExportMenu(page);
  const item = page.getByRole('menuitem', { name: new RegExp(`^${LABELS[format]}`) });
  const start = performance.now();
  // Together, so a failed click also settles the wait for the download.
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), item.click()]);
  const elapsedMs = performance.now() - start;
  const path = await file.path();
  return { fileName: file.suggestedFilename(), bytes: await readFile(path), elapsedMs };
}
