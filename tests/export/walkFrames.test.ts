import { describe, expect, it } from 'vitest';
import { type WalkFrame, walkDurationMs, walkFrames } from '../../src/export/kit';
import { HOLD_MS, LEG_DURATION_MS } from '../../src/player';

describe('walkFrames: the player decides every frame', () => {
  it('rests at step 0, flies each leg at the frame rate, rests once between legs and at the end', () => {
    const frames = walkFrames(4, { fps: 20 });
    const flight = LEG_DURATION_MS / 50; // 36 frames of 50 ms per leg
    expect(frames).toHaveLength(1 + 4 * (flight + 1));
    expect(frames[0]).toEqual({ step: 0, progress: 1, startMs: 0, durationMs: HOLD_MS });
    const leg1 = frames.slice(1, 1 + flight);
    expect(leg1.map((f) => f.step)).toEqual(Array(flight).fill(1));
    expect(leg1.map((f) => f.progress)).toEqual(leg1.map((_, i) => expect.closeTo(i / flight, 9)));
    expect(frames[1 + flight]).toMatchObject({ step: 1, progress: 1, durationMs: HOLD_MS });
    expect(frames.at(-1)).toMatchObject({ step: 4, progress: 1, durationMs: HOLD_MS });
  });

  it('lasts (N + 1) rests and N flights, at any frame rate on the grid', () => {
    for (const fps of [20, 25, 30]) {
      const frames = walkFrames(8, { fps });
      const total = frames.reduce((sum, f) => sum + f.durationMs, 0);
      expect(total).toBeCloseTo(walkDurationMs(8), 6);
      expect(walkDurationMs(8)).toBe(9 * HOLD_MS + 8 * LEG_DURATION_MS);
      for (const [i, f] of frames.entries()) {
        if (i > 0)
          expect(f.startMs).toBeCloseTo(
            (frames[i - 1]?.startMs ?? 0) + (frames[i - 1]?.durationMs ?? 0),
            6,
          );
      }
    }
  });

  it('never shows the same moment twice in a row, and only moves forward', () => {
    const frames = walkFrames(5, { fps: 30 });
    for (let i = 1; i < frames.length; i++) {
      const [a, b] = [frames[i - 1], frames[i]] as [WalkFrame, WalkFrame];
      expect(a.step === b.step && a.progress === b.progress).toBe(false);
      expect(b.step > a.step || (b.step === a.step && b.progress > a.progress)).toBe(true);
    }
  });

  it('honours lead-in and tail, and handles a walk without legs', () => {
    const frames = walkFrames(2, { fps: 20, leadInMs: 500, tailMs: 3000 });
    expect(frames[0]?.durationMs).toBe(500);
    expect(frames.at(-1)?.durationMs).toBe(3000);
    expect(walkFrames(0, { fps: 20 })).toEqual([
      { step: 0, progress: 1, startMs: 0, durationMs: 2 * HOLD_MS },
    ]);
    expect(() => walkFrames(2, { fps: 0 })).toThrow(RangeError);
  });
});
