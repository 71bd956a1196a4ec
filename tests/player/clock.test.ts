import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualClock, createRafClock } from '../../src/player';
import { fakeFrames } from './fakes';

describe('createManualClock', () => {
  it('fires 16 ms frames and a shorter last one, moving now() along', () => {
    const clock = createManualClock(1000);
    const frames: number[] = [];
    clock.onFrame((dt) => frames.push(dt));
    clock.advance(100);
    expect(frames).toEqual([16, 16, 16, 16, 16, 16, 4]);
    expect(clock.now()).toBe(1100);
  });

  it('takes another frame size', () => {
    const clock = createManualClock();
    const frames: number[] = [];
    clock.onFrame((dt) => frames.push(dt));
    clock.advance(100, 25);
    expect(frames).toEqual([25, 25, 25, 25]);
  });

  it.each([
    ['NaN', Number.NaN],
    ['a negative time', -5],
    ['zero', 0],
  ])('ignores advancing by %s', (_name, ms) => {
    const clock = createManualClock();
    const cb = vi.fn();
    clock.onFrame(cb);
    clock.advance(ms);
    expect(cb).not.toHaveBeenCalled();
    expect(clock.now()).toBe(0);
  });

  it('falls back to 16 ms frames for a bad frame size', () => {
    const clock = createManualClock();
    const frames: number[] = [];
    clock.onFrame((dt) => frames.push(dt));
    clock.advance(32, 0);
    expect(frames).toEqual([16, 16]);
  });

  it('counts subscribers and lets a callback unsubscribe itself', () => {
    const clock = createManualClock();
    const calls: string[] = [];
    const stopA = clock.onFrame(() => {
      calls.push('a');
      stopA();
    });
    clock.onFrame(() => calls.push('b'));
    expect(clock.subscriberCount()).toBe(2);
    clock.advance(32);
    expect(calls).toEqual(['a', 'b', 'b']);
    expect(clock.subscriberCount()).toBe(1);
    stopA();
    expect(clock.subscriberCount()).toBe(1);
  });
});

describe('createRafClock', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('reports the time between frames, from the moment of subscribing', () => {
    const frames = fakeFrames();
    const clock = createRafClock();
    const dts: number[] = [];
    clock.onFrame((dt) => dts.push(dt));
    frames.frame(16);
    frames.frame(17);
    expect(dts).toEqual([16, 17]);
    expect(clock.now()).toBe(33);
  });

  it('caps a long gap (a background tab) at 100 ms', () => {
    const frames = fakeFrames();
    const clock = createRafClock();
    const dts: number[] = [];
    clock.onFrame((dt) => dts.push(dt));
    frames.frame(5000);
    expect(dts).toEqual([100]);
  });

  it('takes another cap', () => {
    const frames = fakeFrames();
    const dts: number[] = [];
    createRafClock({ maxFrameMs: 50 }).onFrame((dt) => dts.push(dt));
    frames.frame(80);
    expect(dts).toEqual([50]);
  });

  it('runs one loop for all subscribers and stops it when the last one leaves', () => {
    const frames = fakeFrames();
    const clock = createRafClock();
    const a = vi.fn();
    const b = vi.fn();
    const stopA = clock.onFrame(a);
    const stopB = clock.onFrame(b);
    expect(frames.pending()).toBe(1);
    frames.frame(16);
    expect(a).toHaveBeenCalledWith(16);
    expect(b).toHaveBeenCalledWith(16);
    stopA();
    expect(frames.pending()).toBe(1);
    stopB();
    expect(frames.pending()).toBe(0);
    stopB();
    expect(frames.pending()).toBe(0);
  });

  it('requests no frame after a callback unsubscribes the last listener', () => {
    const frames = fakeFrames();
    const clock = createRafClock();
    const stop = clock.onFrame(() => stop());
    frames.frame(16);
    expect(frames.pending()).toBe(0);
  });

  it('uses a 16 ms timer where requestAnimationFrame is missing', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let time = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    const clock = createRafClock();
    const dts: number[] = [];
    const stop = clock.onFrame((dt) => dts.push(dt));
    time = 16;
    vi.advanceTimersByTime(16);
    expect(dts).toEqual([16]);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
