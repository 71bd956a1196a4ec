/**
 * The logic of controls that hide when the pointer rests: shown on a poke (a pointer move),
 * hidden `delayMs` later unless something holds them (the pointer over them). No DOM, the
 * timer comes from an injected {@link WallClock}, so tests move time by hand.
 */
import type { WallClock } from '../clock';

/** Options of {@link createAutoHide}. */
export interface AutoHideOptions {
  /** Where timers come from. */
  clock: WallClock;
  /** How long the controls stay after the last poke. @default 2500 */
  delayMs?: number;
  /** Called with the new visibility whenever it changes. */
  onChange: (visible: boolean) => void;
}

/** The auto-hide state machine. */
export interface AutoHide {
  /** The controls are shown. */
  visible(): boolean;
  /** The pointer moved: show, and restart the countdown. */
  poke(): void;
  /** Keep shown while `on` (pointer over the controls); releasing restarts the countdown. */
  hold(on: boolean): void;
  /** Cancels the countdown; no more calls to `onChange`. */
  destroy(): void;
}

/** How long controls stay after the pointer stops, in ms. */
export const AUTO_HIDE_MS = 2500;

/**
 * Creates the auto-hide logic; the controls start hidden.
 * @param options - See {@link AutoHideOptions}.
 * @returns The state machine.
 */
export function createAutoHide(options: AutoHideOptions): AutoHide {
  const delay = options.delayMs ?? AUTO_HIDE_MS;
  let visible = false;
  let held = false;
  let alive = true;
  let cancel: (() => void) | null = null;
  const set = (next: boolean) => {
    if (!alive || next === visible) return;
    visible = next;
    options.onChange(next);
  };
  const countdown = () => {
    cancel?.();
    cancel = held ? null : options.clock.after(delay, () => set(false));
  };
  return {
    visible: () => visible,
    poke() {
      set(true);
      countdown();
    },
    hold(on) {
      held = on;
      if (on) set(true);
      countdown();
    },
    destroy() {
      alive = false;
      cancel?.();
      cancel = null;
    },
  };
}
