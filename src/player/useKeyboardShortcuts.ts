import { useEffect, useEffectEvent } from 'react';
import {
  type CustomShortcut,
  HELP_SHORTCUT,
  isIgnoredKeyEvent,
  matchesKey,
  PLAYER_SHORTCUTS,
} from './shortcuts';
import type { PlayerAction } from './types';

/** Options of {@link useKeyboardShortcuts}. */
export interface KeyboardShortcutsOptions {
  /** Called on `?`; without it, `?` is left alone. */
  onToggleHelp?: () => void;
  /** More shortcuts (talk mode's B, F, T); on a key clash they win over the built-in ones. */
  extra?: readonly CustomShortcut[];
  /** Listen at all. @default true */
  enabled?: boolean;
  /** Where to listen. @default window */
  target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

// Holding these keys repeats them usefully; a held P or ? would flicker.
const REPEATABLE = new Set<PlayerAction['type']>(['next', 'previous']);

/** What a bound key does, and whether holding it down repeats that. */
interface Resolved {
  run: () => void;
  repeatable: boolean;
}

/** Finds what a key does; null when the key is not bound. */
function resolve(
  event: KeyboardEvent,
  dispatch: (action: PlayerAction) => void,
  options: KeyboardShortcutsOptions,
): Resolved | null {
  const custom = options.extra?.find((s) => matchesKey(s, event.key));
  if (custom !== undefined) return { run: custom.run, repeatable: false };
  const own = PLAYER_SHORTCUTS.find((s) => matchesKey(s, event.key));
  if (own !== undefined) {
    return { run: () => dispatch(own.action), repeatable: REPEATABLE.has(own.action.type) };
  }
  const help = options.onToggleHelp;
  if (help !== undefined && matchesKey(HELP_SHORTCUT, event.key)) {
    return { run: help, repeatable: false };
  }
  return null;
}

/**
 * Binds the player's keys (DESIGN.md screen contract): Right/PageDown/Space next,
 * Left/PageUp previous, Home, End, P play/pause, ? the shortcuts overlay. Keys are ignored
 * while typing, with Ctrl/Meta/Alt held, or inside a modal dialog; a handled key's default
 * (Space scrolling the page) is prevented.
 * @param dispatch - Receives the player actions.
 * @param options - Help callback, extra shortcuts, on/off, event target.
 */
export function useKeyboardShortcuts(
  dispatch: (action: PlayerAction) => void,
  options: KeyboardShortcutsOptions = {},
): void {
  const enabled = options.enabled ?? true;
  const explicitTarget = options.target;
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (isIgnoredKeyEvent(event)) return;
    const bound = resolve(event, dispatch, options);
    if (bound === null) return;
    // A bound key is always claimed (Space, Home and End would scroll the page), even when
    // a held-down repeat does not act again.
    event.preventDefault();
    if (!event.repeat || bound.repeatable) bound.run();
  });

  useEffect(() => {
    const target = explicitTarget === undefined ? window : explicitTarget;
    if (!enabled || target === null) return;
    const listener = (event: Event) => {
      if (event instanceof KeyboardEvent) onKeyDown(event);
    };
    target.addEventListener('keydown', listener);
    return () => target.removeEventListener('keydown', listener);
  }, [enabled, explicitTarget]);
}
