import { useState } from 'react';
import type { ShortcutsOverlayProps } from './ShortcutsOverlay';
import { type CustomShortcut, SHORTCUTS } from './shortcuts';
import type { PlayerAction } from './types';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** What {@link useShortcutsHelp} returns. */
export interface ShortcutsHelp {
  /** Opens the overlay (a "Shortcuts" button). */
  show: () => void;
  /** Spread on `<ShortcutsOverlay>`: its open state, its close, and every bound key. */
  overlay: ShortcutsOverlayProps;
}

/**
 * A screen's keys and their help: binds the player's keys, `extra` and `?`, and lists the
 * very same keys in the shortcuts overlay, so what is listed is what is bound.
 * @param dispatch - Receives the player actions.
 * @param extra - The screen's own keys (talk mode's B, F, T…). @default none
 * @returns The overlay's props and a way to open it.
 */
export function useShortcutsHelp(
  dispatch: (action: PlayerAction) => void,
  extra: readonly CustomShortcut[] = [],
): ShortcutsHelp {
  const [open, setOpen] = useState(false);
  useKeyboardShortcuts(dispatch, { onToggleHelp: () => setOpen((was) => !was), extra });
  return {
    show: () => setOpen(true),
    overlay: { open, onClose: () => setOpen(false), shortcuts: [...SHORTCUTS, ...extra] },
  };
}
