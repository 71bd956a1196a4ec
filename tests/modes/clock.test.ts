import { describe, expect, it } from 'vitest';
import { createManualWallClock, createWindowId } from '../../src/modes';

describe('createManualWallClock', () => {
  it('runs timers in time order as it advances', () => {
    const clock = createManualWallClock(1000);
    const seen: string[] = [];
    clock.after(300, () => seen.push(`a@${clock.now()}`));
    clock.after(100, () => seen.push(`b@${clock.now()}`));
    const stop = clock.every(250, () => seen.push(`tick@${clock.now()}`));
    clock.advance(200);
    expect(seen).toEqual(['b@1100']);
    clock.advance(400);
    expect(seen).toEqual(['b@1100', 'tick@1250', 'a@1300', 'tick@1500']);
    expect(clock.now()).toBe(1600);
    stop();
    expect(clock.pending()).toBe(0);
  });

  it('cancels, and ignores nonsense', () => {
    const clock = createManualWallClock();
    let fired = 0;
    const cancel = clock.after(10, () => fired++);
    cancel();
    cancel();
    clock.advance(Number.NaN);
    clock.advance(-5);
    clock.advance(100);
    expect(fired).toBe(0);
    expect(clock.now()).toBe(100);
  });
});

describe('createWindowId', () => {
  it('gives distinct short ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => createWindowId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(40);
  });
});
