import type { PlayerAction } from './types';

/** One keyboard shortcut as the overlay lists it. */
export interface Shortcut {
  /** `KeyboardEvent.key` values; single letters match either case. */
  keys: readonly string[];
  /** How the overlay shows the keys, e.g. `['→', 'Page Down', 'Space']`. */
  keyLabels: readonly string[];
  /** What the keys do, e.g. "Next step". */
  description: string;
}

/** A shortcut that sends a player action. */
export interface PlayerShortcut extends Shortcut {
  /** Dispatched when one of the keys is pressed. */
  action: PlayerAction;
}

/** An extra shortcut added by the app (talk mode's B, F, T): runs a callback. */
export interface CustomShortcut extends Shortcut {
  /** Called when one of the keys is pressed. */
  run: () => void;
}

/** The player's own shortcuts (the screen contract's keys, plus P). */
export const PLAYER_SHORTCUTS: readonly PlayerShortcut[] = [
  {
    keys: ['ArrowRight', 'PageDown', ' '],
    keyLabels: ['→', 'Page Down', 'Space'],
    description: 'Next step',
    action: { type: 'next' },
  },
  {
    keys: ['ArrowLeft', 'PageUp'],
    keyLabels: ['←', 'Page Up'],
    description: 'Previous step',
    action: { type: 'previous' },
  },
  { keys: ['Home'], keyLabels: ['Home'], description: 'First step', action: { type: 'home' } },
  { keys: ['End'], keyLabels: ['End'], description: 'Last step', action: { type: 'end' } },
  { keys: ['p'], keyLabels: ['P'], description: 'Play or pause', action: { type: 'toggle' } },
];

/** The key that shows or hides the shortcuts overlay. */
export const HELP_SHORTCUT: Shortcut = {
  keys: ['?'],
  keyLabels: ['?'],
  description: 'Show or hide keyboard shortcuts',
};

/** Every built-in shortcut, in the order the overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [...PLAYER_SHORTCUTS, HELP_SHORTCUT];

/**
 * Tells whether a pressed key is one of a shortcut's keys.
 * @param shortcut - The shortcut.
 * @param key - `KeyboardEvent.key`.
 * @returns True on a match; single characters compare case-insensitively.
 */
export function matchesKey(shortcut: Shortcut, key: string): boolean {
  return shortcut.keys.some(
    (k) =>
      k === key || (k.length === 1 && key.length === 1 && k.toLowerCase() === key.toLowerCase()),
  );
}

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
// Elements that Space activates by itself: taking Space for "next" would act twice.
const SPACE_ACTIVATED =
  'button, summary, [role="button"], [role="checkbox"], [role="switch"], [role="radio"], ' +
  '[role="tab"], [role="menuitem"], [role="option"]';

function closest(target: EventTarget | null, selector: string): Element | null {
  return target instanceof Element ? target.closest(selector) : null;
}

/**
 * Tells whether the app's shortcuts must leave a key event alone: the user is typing, holds
 * Ctrl/Meta/Alt, is inside a modal dialog, someone already handled it, or it is Space on a
 * control that Space activates.
 * @param event - The keydown event.
 * @returns True when the event is not for the shortcuts.
 */
export function isIgnoredKeyEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return true;
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  const target = event.target;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (closest(target, TYPING) !== null) return true;
  if (closest(target, '[aria-modal="true"]') !== null) return true;
  return event.key === ' ' && closest(target, SPACE_ACTIVATED) !== null;
}
