/**
 * Wall time for the talk tools: the presenter's timer and clock, the controls that hide after
 * a while, the sync stamps. The only code in modes/ that reads the time, sets timers or draws
 * a random id (STYLE.md §4); tests pass {@link createManualWallClock} and move it by hand.
 */

/** A source of wall time and timers. */
export interface WallClock {
  /** Milliseconds since the Unix epoch (shared by every window of the browser). */
  now(): number;
  /**
   * Calls `cb` once, `ms` milliseconds from now.
   * @returns A function that cancels the call (safe to call twice or after it ran).
   */
  after(ms: number, cb: () => void): () => void;
  /**
   * Calls `cb` every `ms` milliseconds.
   * @returns A function that stops the calls.
   */
  every(ms: number, cb: () => void): () => void;
}

/** A wall clock driven by hand, for tests. */
export interface ManualWallClock extends WallClock {
  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void;
  /** How many timers are pending (0 = nothing waits). */
  pending(): number;
}

/**
 * The real clock: `Date.now`, `setTimeout`, `setInterval`.
 * @returns The clock.
 */
export function createWallClock(): WallClock {
  return {
    now: () => Date.now(),
    after(ms, cb) {
      const id = setTimeout(cb, ms);
      return () => clearTimeout(id);
    },
    every(ms, cb) {
      const id = setInterval(cb, ms);
      return () => clearInterval(id);
    },
  };
}

interface Timer {
  id: number;
  due: number;
  /** Repeat period; 0 for a one-shot timer. */
  period: number;
  cb: () => void;
}

/**
 * A clock that moves only when told to.
 * @param start - The initial `now()`, in epoch milliseconds. @default 0
 * @returns The manual clock.
 */
export function createManualWallClock(start = 0): ManualWallClock {
  let time = start;
  let nextId = 1;
  const timers = new Map<number, Timer>();
  const add = (ms: number, period: number, cb: () => void) => {
    const id = nextId++;
    timers.set(id, { id, due: time + Math.max(0, ms), period, cb });
    return () => {
      timers.delete(id);
    };
  };
  const nextDue = (until: number): Timer | undefined => {
    let best: Timer | undefined;
    for (const t of timers.values()) {
      if (t.due <= until && (best === undefined || t.due < best.due)) best = t;
    }
    return best;
  };
  return {
    now: () => time,
    after: (ms, cb) => add(ms, 0, cb),
    every: (ms, cb) => add(ms, Math.max(1, ms), cb),
    advance(ms) {
      if (!Number.isFinite(ms) || ms <= 0) return;
      const until = time + ms;
      for (let t = nextDue(until); t !== undefined; t = nextDue(until)) {
        time = t.due;
        if (t.period > 0) t.due += t.period;
        else timers.delete(t.id);
        t.cb();
      }
      time = until;
    },
    pending: () => timers.size,
  };
}

/**
 * A fresh id for this window (the sync protocol's tie-breaker): random where the browser
 * offers `crypto.randomUUID`, else time-based.
 * @param clock - The clock for the fallback. @default createWallClock()
 * @returns An id of at most 40 characters.
 */
export function createWindowId(clock: WallClock = createWallClock()): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `w${clock.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}
