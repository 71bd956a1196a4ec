import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function query(): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  return window.matchMedia(QUERY);
}

function read(): 'light' | 'dark' {
  return query()?.matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const q = query();
  if (q === null || typeof q.addEventListener !== 'function') return () => {};
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}

/**
 * The theme the system asks for (`prefers-color-scheme`), following changes.
 * @returns 'dark' or 'light' ('light' where matchMedia is missing)
 */
export function useSystemTheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, read, () => 'light');
}
