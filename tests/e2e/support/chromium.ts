/**
 * Launching Debian's Chromium through playwright-core (no browser download: the binary is
 * /usr/bin/chromium, or CHROMIUM_PATH). One place for the flags that work on these machines.
 */
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/** Path of the Chromium binary the tests drive. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that let headless Chromium run as root, offline, without a GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options shared by the e2e tests, the benchmarks and Vitest's browser mode. */
export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };
}

/** Starts a browser; close it in afterAll. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
