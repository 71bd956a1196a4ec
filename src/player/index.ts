// Public surface of player/: which step is shown, how far into its flight, and the
// controls that change it. Other folders import from here only.
// (Each heading comment stands apart from its exports: that keeps Biome's export sorting
// inside the group.)

// Types and constants

export type { InitialStateOptions, PlayerAction, PlayerState, PlayerView, Speed } from './types';
export { HOLD_MS, LEG_DURATION_MS, SPEEDS } from './types';

// Pure core (no React, no DOM, no timers)

export { formatPosition } from './formatPosition';
export { playerReducer } from './playerReducer';
export { clampStep, createInitialState, isAnimating, isSpeed } from './playerState';

// Time: the only place that reads the clock

export type { Clock, ManualClock, RafClockOptions } from './clock';
export { createManualClock, createRafClock } from './clock';

// Store and React bindings

export type { PlayerListener, PlayerStore } from './createPlayerStore';
export { createPlayerStore } from './createPlayerStore';
export type { ProgressListener, SubscribeProgressOptions } from './subscribeProgress';
export { subscribeProgress } from './subscribeProgress';
export type { UsePlayerOptions, UsePlayerResult } from './usePlayer';
export { usePlayer } from './usePlayer';
export { readPrefersReducedMotion, usePrefersReducedMotion } from './usePrefersReducedMotion';

// Keyboard

export type { CustomShortcut, PlayerShortcut, Shortcut } from './shortcuts';
export { HELP_SHORTCUT, PLAYER_SHORTCUTS, SHORTCUTS } from './shortcuts';
export type { KeyboardShortcutsOptions } from './useKeyboardShortcuts';
export { useKeyboardShortcuts } from './useKeyboardShortcuts';
export type { ShortcutsHelp } from './useShortcutsHelp';
export { useShortcutsHelp } from './useShortcutsHelp';

// Components

export type { PlayerControlsProps } from './PlayerControls';
export { PlayerControls } from './PlayerControls';
export type { ShortcutsOverlayProps } from './ShortcutsOverlay';
export { ShortcutsOverlay } from './ShortcutsOverlay';
