import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState';

/** How the next address-bar change is recorded. */
export type HistoryMode = 'push' | 'replace';

/** Options of {@link useUrlSync}. */
export interface UrlSyncOptions {
  /** What the address bar should say now. */
  url: UrlState;
  /** An opened local file is shown (its entries carry a marker; a reload cannot bring it back). */
  local: boolean;
  /** The browser went back or forward to an entry. */
  onRestore: (url: UrlState, local: boolean) => void;
}

/** What {@link useUrlSync} returns. */
export interface UrlSync {
  /** Says how the change the next commit makes is recorded (a mark lives for one commit). */
  mark: (mode: HistoryMode) => void;
}

interface EntryState {
  pwLocal?: boolean;
}

function isLocalEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as EntryState).pwLocal === true;
}

/**
 * Keeps the address bar in step with the app. A change the user made (marked `push`) adds a
 * history entry, so Back steps back; anything else (autoplay moving on, a hot update, the
 * URL being tidied at start) replaces the current entry. Back/Forward call `onRestore`.
 * @param options - See {@link UrlSyncOptions}.
 * @returns The marker (stable identity).
 */
export function useUrlSync({ url, local, onRestore }: UrlSyncOptions): UrlSync {
  const pending = useRef<HistoryMode | null>(null);
  const search = serializeUrlState(url);
  const restore = useEffectEvent((event: PopStateEvent) => {
    pending.current = 'replace';
    onRestore(parseUrlState(window.location.search), isLocalEntry(event.state));
  });

  useEffect(() => {
    const mode = pending.current ?? 'replace';
    pending.current = null;
    const target = serializeUrlState(parseUrlState(search), window.location.search);
    const sameEntry = isLocalEntry(window.history.state) === local;
    if (target === window.location.search && sameEntry) return;
    const href = `${window.location.pathname}${target}${window.location.hash}`;
    const entry: EntryState = local ? { pwLocal: true } : {};
    if (mode === 'push') window.history.pushState(entry, '', href);
    else window.history.replaceState(entry, '', href);
  }, [search, local]);

  // Runs after the effect above in every commit: a mark that found no change expires here.
  useEffect(() => {
    pending.current = null;
  });

  useEffect(() => {
    const listener = (event: PopStateEvent) => restore(event);
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

  const [sync] = useState<UrlSync>(() => ({
    mark: (mode) => {
      pending.current = mode;
    },
  }));
  return sync;
}
