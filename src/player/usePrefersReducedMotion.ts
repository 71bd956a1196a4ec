import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function mediaQuery(): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  return window.matchMedia(QUERY);
}

/**
 * Reads the user's reduced-motion preference once.
 * @returns True when `prefers-reduced-motion: reduce` matches; false where matchMedia is
 *   missing (jsdom, Node).
 */
export function readPrefersReducedMotion(): boolean {
  return mediaQuery()?.matches ?? false;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  if (query === null) return () => {};
  // Safari < 14 only has the deprecated addListener.
  if (typeof query.addEventListener === 'function') {
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }
  query.addListener(onChange);
  return () => query.removeListener(onChange);
}

/**
 * Follows the user's reduced-motion preference, re-rendering when it changes.
 * @returns True when the user asked for reduced motion.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, readPrefersReducedMotion, () => false);
}
