import { useEffect, useReducer, useRef, useState } from 'react';
import type { WallClock } from '../clock';
import { elapsedMs, TIMER_ZERO, timerReducer } from './timer';

/** What {@link usePresenterTimer} returns. */
export interface PresenterTimer {
  /** The wall time at the last tick (epoch ms), for the clock. */
  now: number;
  /** Milliseconds counted. */
  elapsed: number;
  running: boolean;
  start: () => void;
  pause: () => void;
  reset: () => void;
}

/**
 * The presenter's timer and clock, ticking once a second on the injected clock. The timer
 * starts by itself when the talk moves for the first time (`startKey` changes), unless it
 * was started, paused or reset by hand before.
 * @param clock - wall time and timers
 * @param startKey - a value that changes when the talk moves on (the step)
 * @returns the time shown and the controls
 */
export function usePresenterTimer(clock: WallClock, startKey: unknown): PresenterTimer {
  const [timer, dispatch] = useReducer(timerReducer, TIMER_ZERO);
  const [now, setNow] = useState(() => clock.now());
  const touched = useRef(false);
  const firstKey = useRef(startKey);
  useEffect(() => clock.every(1000, () => setNow(clock.now())), [clock]);
  useEffect(() => {
    if (touched.current || Object.is(firstKey.current, startKey)) return;
    touched.current = true;
    dispatch({ type: 'start', now: clock.now() });
    setNow(clock.now());
  }, [startKey, clock]);
  const by = (run: () => void) => () => {
    touched.current = true;
    run();
    setNow(clock.now());
  };
  return {
    now,
    elapsed: elapsedMs(timer, now),
    running: timer.running,
    start: by(() => dispatch({ type: 'start', now: clock.now() })),
    pause: by(() => dispatch({ type: 'pause', now: clock.now() })),
    reset: by(() => dispatch({ type: 'reset' })),
  };
}
