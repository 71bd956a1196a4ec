import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  formatElapsed,
  formatTimeOfDay,
  TIMER_ZERO,
  type TimerAction,
  type TimerState,
  timerReducer,
} from '../../src/modes';

function run(actions: TimerAction[]): TimerState {
  return actions.reduce(timerReducer, TIMER_ZERO);
}

describe('timerReducer', () => {
  it.each<[string, TimerAction[], number, number]>([
    ['stopped at zero', [], 5000, 0],
    ['running since 1000', [{ type: 'start', now: 1000 }], 4500, 3500],
    [
      'a second start changes nothing',
      [
        { type: 'start', now: 1000 },
        { type: 'start', now: 3000 },
      ],
      4000,
      3000,
    ],
    [
      'paused keeps its time',
      [
        { type: 'start', now: 0 },
        { type: 'pause', now: 2000 },
      ],
      9000,
      2000,
    ],
    [
      'resumed adds up',
      [
        { type: 'start', now: 0 },
        { type: 'pause', now: 2000 },
        { type: 'start', now: 5000 },
      ],
      6000,
      3000,
    ],
    ['reset goes back to zero', [{ type: 'start', now: 0 }, { type: 'reset' }], 9000, 0],
    ['a pause while paused changes nothing', [{ type: 'pause', now: 10 }], 50, 0],
    ['a clock set back does not count backwards', [{ type: 'start', now: 5000 }], 4000, 0],
  ])('%s', (_, actions, now, elapsed) => {
    expect(elapsedMs(run(actions), now)).toBe(elapsed);
  });

  it('returns the same object for a no-op', () => {
    const running = timerReducer(TIMER_ZERO, { type: 'start', now: 1 });
    expect(timerReducer(running, { type: 'start', now: 2 })).toBe(running);
    expect(timerReducer(TIMER_ZERO, { type: 'pause', now: 2 })).toBe(TIMER_ZERO);
  });
});

describe('formatting', () => {
  it.each<[number, string]>([
    [0, '00:00'],
    [999, '00:00'],
    [61_000, '01:01'],
    [59 * 60_000 + 59_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_600_000 + 7 * 60_000 + 3000, '1:07:03'],
    [-5, '00:00'],
  ])('elapsed %i ms -> %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });

  it('shows the local time of day, 24-hour', () => {
    expect(formatTimeOfDay(new Date(2025, 0, 2, 14, 5, 59).getTime())).toBe('14:05');
    expect(formatTimeOfDay(new Date(2025, 0, 2, 9, 0).getTime())).toBe('09:00');
  });
});
