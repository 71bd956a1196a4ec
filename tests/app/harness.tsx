/**
 * Rendering the whole app in jsdom: a manual clock and reduced motion (every leg is at rest
 * the moment it starts, so nothing waits on animation), and readers for what the screen
 * contract promises.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { App, type AppProps } from '../../src/app/App';
import { createManualClock } from '../../src/player';

/**
 * Puts a URL in the address bar before the app reads it.
 * @param search - e.g. `?scenario=rabbit-hole&step=3`
 */
export function openAt(search = ''): void {
  window.history.replaceState(null, '', `/${search}`);
  document.documentElement.removeAttribute('data-theme');
}

/**
 * Renders the app.
 * @param props - extra props (a bundled list)
 * @returns Testing Library's render result
 */
export function renderApp(props: AppProps = {}) {
  return render(<App clock={createManualClock()} reducedMotion {...props} />);
}

/**
 * Waits until talk mode, the presenter view or an embed has loaded its code (the app loads
 * them lazily; the first one shown in a test file suspends for a moment).
 */
export async function modeReady(): Promise<void> {
  await waitFor(() => expect(document.querySelector('.pw-mode-loading')).toBeNull());
}

/**
 * Renders the app and waits for a mode's screen to load (see {@link modeReady}).
 * @param props - extra props
 * @returns Testing Library's render result
 */
export async function renderAppReady(props: AppProps = {}) {
  const result = renderApp(props);
  await modeReady();
  return result;
}

/**
 * The narration: the page's one aria-live="polite" region.
 * @returns the region
 */
export function narration(): HTMLElement {
  const regions = document.querySelectorAll('[aria-live="polite"]');
  expect(regions).toHaveLength(1);
  return regions[0] as HTMLElement;
}

/**
 * The player's position readout.
 * @returns "Start" or "Step N of M"
 */
export function position(): string | null {
  return document.querySelector('.pw-player__position')?.textContent ?? null;
}

/**
 * The scenario's title (the page's h1).
 * @returns the heading
 */
export function heading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}
