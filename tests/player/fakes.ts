import { vi } from 'vitest';

/** A hand-run requestAnimationFrame and performance.now. */
export function fakeFrames() {
  let time = 0;
  let nextId = 1;
  const queue = new Map<number, FrameRequestCallback>();
  vi.spyOn(performance, 'now').mockImplementation(() => time);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    queue.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queue.delete(id));
  return {
    /** Lets `ms` pass and runs the frames requested so far. */
    frame(ms: number) {
      time += ms;
      const due = [...queue.entries()];
      queue.clear();
      for (const [, cb] of due) cb(time);
    },
    pending: () => queue.size,
  };
}

/** A fake matchMedia whose reduced-motion answer can be changed. */
export function fakeMatchMedia(initial: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: initial,
    addEventListener: (_: string, cb: () => void) => listeners.add(cb),
    removeEventListener: (_: string, cb: () => void) => listeners.delete(cb),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    set(matches: boolean) {
      query.matches = matches;
      for (const cb of listeners) cb();
    },
  };
}
