/**
 * The keys the talk tools add to the player's (`extra` of useKeyboardShortcuts), as data the
 * shortcuts overlay lists. Clickers send Page Up/Page Down or the arrows (player keys) and
 * often B or `.` for their "blank screen" button.
 */
import type { CustomShortcut } from '../player';

/** What the talk screen's keys do. */
export interface TalkKeyHandlers {
  /** B or `.`: blank the screen, or show it again. */
  toggleBlank: () => void;
  /** Escape: show a blanked screen again. */
  unblank: () => void;
  /** F: full screen on or off. */
  toggleFullscreen: () => void;
  /** N: the leg's note in the caption, or not. */
  toggleNarration: () => void;
  /** S: open the presenter view. */
  openPresenter: () => void;
  /** T: back to the normal page. */
  exit: () => void;
}

/**
 * Talk mode's keys.
 * @param h - what they do
 * @returns the shortcuts, in the order the overlay lists them
 */
export function talkShortcuts(h: TalkKeyHandlers): CustomShortcut[] {
  return [
    {
      keys: ['b', '.'],
      keyLabels: ['B', '.'],
      description: 'Blank the screen, or show it again',
      run: h.toggleBlank,
    },
    {
      keys: ['Escape'],
      keyLabels: ['Esc'],
      description: 'Show a blanked screen again',
      run: h.unblank,
    },
    {
      keys: ['f'],
      keyLabels: ['F'],
      description: 'Full screen on or off',
      run: h.toggleFullscreen,
    },
    {
      keys: ['n'],
      keyLabels: ['N'],
      description: "Show the step's narration in the caption, or hide it",
      run: h.toggleNarration,
    },
    { keys: ['s'], keyLabels: ['S'], description: 'Open the presenter view', run: h.openPresenter },
    { keys: ['t'], keyLabels: ['T'], description: 'Leave talk mode', run: h.exit },
  ];
}

/**
 * The normal page's key into talk mode.
 * @param enter - switches to talk mode
 * @returns the shortcut
 */
export function enterTalkShortcut(enter: () => void): CustomShortcut {
  return {
    keys: ['t'],
    keyLabels: ['T'],
    description: 'Talk mode: full-screen diagram, big captions',
    run: enter,
  };
}

/**
 * The presenter view's key for the audience screen.
 * @param toggleBlank - blanks the talk window, or shows it again
 * @returns the shortcuts
 */
export function presenterShortcuts(toggleBlank: () => void): CustomShortcut[] {
  return [
    {
      keys: ['b', '.'],
      keyLabels: ['B', '.'],
      description: 'Blank the audience screen, or show it again',
      run: toggleBlank,
    },
  ];
}
