/**
 * The presenter's talk timer (pure): start, pause, reset, and the time shown. It is told the
 * time with each action; nothing here reads a clock.
 */

/** The timer. */
export interface TimerState {
  /** Counting now. */
  running: boolean;
  /** When the current run started (epoch ms); null while paused. */
  since: number | null;
  /** Milliseconds counted by earlier runs. */
  banked: number;
}

/** What can happen to the timer; `now` is the wall time of the event. */
export type TimerAction =
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'reset' };

/** A stopped timer at zero. */
export const TIMER_ZERO: TimerState = { running: false, since: null, banked: 0 };

/**
 * Applies an action; a start while running or a pause while paused changes nothing.
 * @param state - the timer
 * @param action - what happened
 * @returns the next state (the same object when nothing changed)
 */
export function timerReducer(state: TimerState, action: TimerAction): TimerState {
  switch (action.type) {
    case 'start':
      return state.running ? state : { running: true, since: action.now, banked: state.banked };
    case 'pause':
      if (!state.running || state.since === null) return state;
      return { running: false, since: null, banked: elapsedMs(state, action.now) };
    case 'reset':
      return TIMER_ZERO;
  }
}

/**
 * The time counted.
 * @param state - the timer
 * @param now - the wall time
 * @returns milliseconds, never negative (a clock set back does not count backwards)
 */
export function elapsedMs(state: TimerState, now: number): number {
  const run = state.running && state.since !== null ? Math.max(0, now - state.since) : 0;
  return state.banked + run;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A duration as a stopwatch shows it.
 * @param ms - milliseconds
 * @returns "04:07" under an hour, "1:04:07" from an hour on
 */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/**
 * The time of day in the local time zone, 24-hour.
 * @param epochMs - the wall time
 * @returns e.g. "14:05"
 */
export function formatTimeOfDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
