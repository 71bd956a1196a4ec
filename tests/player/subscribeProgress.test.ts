import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createPlayerStore,
  LEG_DURATION_MS,
  subscribeProgress,
} from '../../src/player';
import { state } from './helpers';

describe('subscribeProgress', () => {
  it('reports a monotone progress within each leg, ending at rest', () => {
    const clock = createManualClock();
    const store = createPlayerStore(state(3), clock);
    const byStep = new Map<number, number[]>();
    subscribeProgress(store, (step, progress) => {
      byStep.set(step, [...(byStep.get(step) ?? []), progress]);
    });
    store.dispatch({ type: 'play' });
    clock.advance(20_000);
    expect([...byStep.keys()]).toEqual([1, 2, 3]);
    for (const values of byStep.values()) {
      expect(values[0]).toBe(0);
      expect(values.at(-1)).toBe(1);
      for (let i = 1; i < values.length; i++) {
        expect(values[i]).toBeGreaterThan(values[i - 1] ?? Number.POSITIVE_INFINITY);
      }
      // About one call per 16 ms frame of a 1800 ms leg.
      expect(values.length).toBe(Math.ceil(LEG_DURATION_MS / 16) + 1);
    }
  });

  it('stays quiet while only the rest timer or the speed changes', () => {
    const clock = createManualClock();
    const store = createPlayerStore(state(3, { step: 1, playing: true }), clock);
    const calls: [number, number][] = [];
    subscribeProgress(store, (step, progress) => calls.push([step, progress]));
    clock.advance(500);
    store.dispatch({ type: 'setSpeed', speed: 2 });
    expect(calls).toEqual([]);
    expect(store.getState().holdMs).toBe(500);
  });

  it('fires at once when asked to, and stops when unsubscribed', () => {
    const clock = createManualClock();
    const store = createPlayerStore(state(3, { step: 2 }), clock);
    const calls: [number, number][] = [];
    const stop = subscribeProgress(store, (step, progress) => calls.push([step, progress]), {
      fireImmediately: true,
    });
    expect(calls).toEqual([[2, 1]]);
    store.dispatch({ type: 'previous' });
    expect(calls).toEqual([
      [2, 1],
      [1, 1],
    ]);
    stop();
    store.dispatch({ type: 'home' });
    expect(calls).toHaveLength(2);
  });
});
