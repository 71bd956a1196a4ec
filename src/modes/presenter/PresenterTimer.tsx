import { formatElapsed, formatTimeOfDay } from './timer';
import type { PresenterTimer as Timer } from './usePresenterTimer';

/** Props of {@link PresenterTimer}. */
export interface PresenterTimerProps {
  /** From `usePresenterTimer`. */
  timer: Timer;
}

/**
 * The talk's elapsed time with Start/Pause and Reset, and the time of day.
 * @param props - See {@link PresenterTimerProps}.
 * @returns The timer group.
 */
export function PresenterTimer({ timer }: PresenterTimerProps) {
  const label = timer.running ? 'Pause timer' : timer.elapsed > 0 ? 'Resume timer' : 'Start timer';
  return (
    <section className="pw-presenter-timer" aria-label="Timer and clock">
      <span className="pw-presenter-timer__group">
        <span className="pw-presenter-timer__label">Elapsed</span>
        <span className="pw-presenter-timer__elapsed" role="timer" data-running={timer.running}>
          {formatElapsed(timer.elapsed)}
        </span>
      </span>
      <button
        type="button"
        className="pw-button"
        onClick={timer.running ? timer.pause : timer.start}
      >
        {label}
      </button>
      <button type="button" className="pw-button" onClick={timer.reset}>
        Reset timer
      </button>
      <span className="pw-presenter-timer__group">
        <span className="pw-presenter-timer__label">Clock</span>
        <time className="pw-presenter-timer__clock">{formatTimeOfDay(timer.now)}</time>
      </span>
    </section>
  );
}
