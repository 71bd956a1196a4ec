/**
 * The one place in the app that reads time. Everything else is told how much time went by
 * (STYLE.md §4): the store turns clock frames into `tick` actions for the pure reducer.
 */

/** A source of time and animation frames. */
export interface Clock {
  /** The current time in milliseconds (monotonic; the origin is arbitrary). */
  now(): number;
  /**
   * Calls `cb` once per frame with the milliseconds since the previous frame.
   * @returns A function that stops the calls (safe to call twice).
   */
  onFrame(cb: (dtMs: number) => void): () => void;
}

/** Options of {@link createRafClock}. */
export interface RafClockOptions {
  /** Longest frame reported, so a background tab does not teleport the packet. @default 100 */
  maxFrameMs?: number;
}

/** A clock driven by hand, for tests and frame-exact exports. */
export interface ManualClock extends Clock {
  /**
   * Moves time forward by `ms`, firing a frame every `frameMs` (and one shorter last frame
   * for any remainder). Non-finite or non-positive values do nothing.
   */
  advance(ms: number, frameMs?: number): void;
  /** Moves time forward by exactly one frame of `dtMs`. */
  frame(dtMs: number): void;
  /** How many frame callbacks are registered (0 = nobody needs frames). */
  subscriberCount(): number;
}

type FrameCallback = (dtMs: number) => void;

/** Calls every callback with dt; copies first so callbacks may unsubscribe while called. */
function fire(callbacks: Set<FrameCallback>, dtMs: number): void {
  for (const cb of [...callbacks]) {
    if (callbacks.has(cb)) cb(dtMs);
  }
}

function now(): number {
  return globalThis.performance.now();
}

/** requestAnimationFrame where it exists (browsers), else a 16 ms timer (Node, SSR). */
function scheduler(): { request: (cb: () => void) => unknown; cancel: (id: unknown) => void } {
  const g = globalThis;
  if (typeof g.requestAnimationFrame === 'function') {
    return {
      request: (cb) => g.requestAnimationFrame(() => cb()),
      cancel: (id) => g.cancelAnimationFrame(id as number),
    };
  }
  return {
    request: (cb) => setTimeout(cb, 16),
    cancel: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  };
}

/**
 * Creates the app's clock: requestAnimationFrame for frames, performance.now for time.
 * One frame loop is shared by all subscribers and runs only while there is one.
 * @param options - The frame cap.
 * @returns The clock.
 */
export function createRafClock(options: RafClockOptions = {}): Clock {
  const cap = options.maxFrameMs ?? 100;
  const sched = scheduler();
  const callbacks = new Set<FrameCallback>();
  let pending: unknown = null;
  let last = 0;
  const loop = (): void => {
    const t = now();
    const dt = Math.min(cap, Math.max(0, t - last));
    last = t;
    pending = null;
    fire(callbacks, dt);
    if (callbacks.size > 0 && pending === null) pending = sched.request(loop);
  };
  return {
    now,
    onFrame(cb) {
      const wrapped: FrameCallback = (dt) => cb(dt);
      callbacks.add(wrapped);
      if (pending === null) {
        last = now();
        pending = sched.request(loop);
      }
      return () => {
        callbacks.delete(wrapped);
        if (callbacks.size === 0 && pending !== null) {
          sched.cancel(pending);
          pending = null;
        }
      };
    },
  };
}

/**
 * Creates a clock that only moves when told to: tests advance it in 16 ms frames.
 * @param start - The initial value of `now()`. @default 0
 * @returns The manual clock.
 */
export function createManualClock(start = 0): ManualClock {
  const callbacks = new Set<FrameCallback>();
  let time = start;
  const frame = (dtMs: number): void => {
    if (!Number.isFinite(dtMs) || dtMs <= 0) return;
    time += dtMs;
    fire(callbacks, dtMs);
  };
  return {
    now: () => time,
    onFrame(cb) {
      const wrapped: FrameCallback = (dt) => cb(dt);
      callbacks.add(wrapped);
      return () => {
        callbacks.delete(wrapped);
      };
    },
    frame,
    advance(ms, frameMs = 16) {
      if (!Number.isFinite(ms) || ms <= 0) return;
      const step = Number.isFinite(frameMs) && frameMs > 0 ? frameMs : 16;
      let left = ms;
      for (; left >= step; left -= step) frame(step);
      frame(left);
    },
    subscriberCount: () => callbacks.size,
  };
}
