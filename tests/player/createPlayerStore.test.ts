import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createPlayerStore,
  HOLD_MS,
  LEG_DURATION_MS,
  type PlayerState,
} from '../../src/player';
import { state } from './helpers';

const FIVE_STEP_AUTOPLAY_MS = 5 * LEG_DURATION_MS + 4 * HOLD_MS;

describe('createPlayerStore', () => {
  it('plays a whole 5-step trace on a manual clock in 16 ms frames', () => {
    const clock = createManualClock();
    const store = createPlayerStore(state(5), clock);
    const arrivals: number[] = [];
    store.subscribe((s, prev) => {
      if (s.progress === 1 && (prev.progress < 1 || s.step !== prev.step)) arrivals.push(s.step);
    });
    store.dispatch({ type: 'play' });
    clock.advance(FIVE_STEP_AUTOPLAY_MS - 16);
    expect(store.getState().step).toBe(5);
    expect(store.getState().progress).toBeLessThan(1);
    clock.advance(16);
    expect(store.getState()).toEqual(state(5, { step: 5 }));
    expect(arrivals).toEqual([1, 2, 3, 4, 5]);
    expect(clock.subscriberCount()).toBe(0);
  });

  it('listens to the clock only while something moves', () => {
    const clock = createManualClock();
    const store = createPlayerStore(state(5), clock);
    expect(clock.subscriberCount()).toBe(0);
    store.dispatch({ type: 'next' });
    expect(clock.subscriberCount()).toBe(1);
    clock.advance(LEG_DURATION_MS);
    expect(store.getState()).toEqual(state(5, { step: 1 }));
    expect(clock.subscriberCount()).toBe(0);
    store.dispatch({ type: 'play' });
    expect(clock.subscriberCount()).toBe(1);
    clock.advance(LEG_DURATION_MS + 100);
    expect(store.getState().holdMs).toBeCloseTo(100, 6);
    store.dispatch({ type: 'pause' });
    expect(clock.subscriberCount()).toBe(0);
  });

  it('starts at the clock when created mid-flight', () => {
    const clock = createManualClock();
    const store = createPlayerStore(state(5, { step: 2, progress: 0.5 }), clock);
    expect(clock.subscriberCount()).toBe(1);
    clock.advance(LEG_DURATION_MS / 2);
    expect(store.getState()).toEqual(state(5, { step: 2 }));
  });

  it('tells listeners about changes only', () => {
    const store = createPlayerStore(state(5), createManualClock());
    const seen: [PlayerState, PlayerState][] = [];
    store.subscribe((s, prev) => seen.push([s, prev]));
    store.dispatch({ type: 'previous' });
    store.dispatch({ type: 'setSpeed', speed: 7 });
    expect(seen).toEqual([]);
    store.dispatch({ type: 'goto', step: 3 });
    expect(seen).toEqual([[state(5, { step: 3 }), state(5)]]);
  });

  it('removes one subscription at a time, even of the same function', () => {
    const store = createPlayerStore(state(5), createManualClock());
    let calls = 0;
    const listener = () => {
      calls += 1;
    };
    const stopFirst = store.subscribe(listener);
    store.subscribe(listener);
    stopFirst();
    store.dispatch({ type: 'end' });
    expect(calls).toBe(1);
  });

  it('destroy stops the frames and the listeners, and a later dispatch resumes frames', () => {
    const clock = createManualClock();
    const store = createPlayerStore(state(5), clock);
    let calls = 0;
    store.subscribe(() => {
      calls += 1;
    });
    store.dispatch({ type: 'next' });
    store.destroy();
    expect(clock.subscriberCount()).toBe(0);
    clock.advance(500);
    expect(store.getState().progress).toBe(0);
    store.dispatch({ type: 'next' });
    expect(calls).toBe(1);
    expect(clock.subscriberCount()).toBe(1);
    clock.advance(LEG_DURATION_MS);
    expect(store.getState()).toEqual(state(5, { step: 2 }));
  });

  it('picks the frames up again when subscribed to after destroy', () => {
    const clock = createManualClock();
    const store = createPlayerStore(state(5), clock);
    store.dispatch({ type: 'next' });
    store.destroy();
    store.subscribe(() => {});
    expect(clock.subscriberCount()).toBe(1);
  });
});
