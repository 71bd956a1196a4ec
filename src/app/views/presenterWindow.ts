/**
 * The presenter view's window: the same address with `mode=presenter` (scenario, step,
 * model, reply and an explicit theme carry over), opened as a named popup so a second S
 * reuses it.
 */
import { parseUrlState, serializeUrlState } from '../url/urlState';

/** The window name: one presenter view per browser. */
export const PRESENTER_WINDOW = 'packetwalk-presenter';

/**
 * The presenter view's address for a page address.
 * @param href - the talk window's `location.href`
 * @returns the same URL with `mode=presenter`
 */
export function presenterUrl(href: string): string {
  const url = new URL(href);
  const state = { ...parseUrlState(url.search), mode: 'presenter' as const };
  url.search = serializeUrlState(state, url.search);
  return url.href;
}

/**
 * Opens (or reuses) the presenter view's window.
 * @param href - the talk window's address @default location.href
 * @returns the window, or null when the browser blocked it
 */
export function openPresenterWindow(href: string = window.location.href): Window | null {
  return window.open(presenterUrl(href), PRESENTER_WINDOW, 'popup,width=1280,height=800');
}
