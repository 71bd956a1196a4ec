/**
 * The frames of a whole walk, decided by the player itself: a manual clock steps the player's
 * store (the same reducer as the app, at 1x) at a fixed frame rate, and each frame records the
 * step and progress the screen would show at that moment. No wall clock is read.
 */
import {
  createInitialState,
  createManualClock,
  createPlayerStore,
  HOLD_MS,
  LEG_DURATION_MS,
} from '../../player';

/** One frame of an exported animation. */
export interface WalkFrame {
  /** The step shown (0..stepCount). */
  step: number;
  /** Progress through leg `step`, 0..1 (1 = at rest). */
  progress: number;
  /** When the frame starts, in ms from the start of the animation. */
  startMs: number;
  /** How long it stays, in ms (rests merge into one long frame). */
  durationMs: number;
}

/** Options of {@link walkFrames}. */
export interface WalkFramesOptions {
  /** Frames per second while something moves. */
  fps: number;
  /** Rest at step 0 before the first leg (the packet waits at the client). @default HOLD_MS */
  leadInMs?: number;
  /** Rest at the last step after it lands. @default HOLD_MS */
  tailMs?: number;
}

/**
 * The length of an exported walk at 1x: a rest at step 0, every leg's flight, the player's
 * rest between legs, and a rest at the end.
 * @param stepCount - number of legs
 * @param options - lead-in and tail (both default to HOLD_MS)
 * @returns milliseconds: `(N + 1) · HOLD_MS + N · LEG_DURATION_MS` with the defaults
 */
export function walkDurationMs(
  stepCount: number,
  options: Pick<WalkFramesOptions, 'leadInMs' | 'tailMs'> = {},
): number {
  const { leadInMs = HOLD_MS, tailMs = HOLD_MS } = options;
  if (stepCount <= 0) return leadInMs + tailMs;
  return leadInMs + stepCount * LEG_DURATION_MS + (stepCount - 1) * HOLD_MS + tailMs;
}

/**
 * Plays a walk on a manual clock and lists its frames; consecutive equal frames (rests) are
 * merged, so a GIF holds them with one long delay and a video encodes them once.
 * @param stepCount - number of legs of the trace
 * @param options - frame rate, lead-in and tail
 * @returns frames in order; their durations add up to {@link walkDurationMs} (the player's
 *   constants fall on the frame grid at 20 and 30 fps; otherwise the end rest starts up to one
 *   frame late and the sum grows by as much)
 */
export function walkFrames(stepCount: number, options: WalkFramesOptions): WalkFrame[] {
  const { fps, leadInMs = HOLD_MS, tailMs = HOLD_MS } = options;
  if (!(fps > 0)) throw new RangeError('walkFrames: fps must be > 0');
  const total = walkDurationMs(stepCount, options);
  const frameMs = 1000 / fps;
  const clock = createManualClock();
  const store = createPlayerStore(createInitialState(stepCount), clock);
  const frames: WalkFrame[] = [];
  const add = (step: number, progress: number, startMs: number) => {
    const last = frames[frames.length - 1];
    if (last && last.step === step && last.progress === progress) return;
    frames.push({ step, progress, startMs, durationMs: 0 });
  };
  add(0, 1, 0);
  store.dispatch({ type: 'play' });
  // Frame i of the playback starts at leadIn + i·frameMs (no accumulated rounding).
  for (let i = 0; stepCount > 0; i++) {
    const state = store.getState();
    add(state.step, state.progress, leadInMs + i * frameMs);
    if (!state.playing && state.progress >= 1) break;
    clock.frame(frameMs);
  }
  store.destroy();
  for (let i = 0; i < frames.length; i++) {
    const next = frames[i + 1];
    const frame = frames[i] as WalkFrame;
    frame.durationMs = (next ? next.startMs : total) - frame.startMs;
  }
  // The end rest is exactly `tailMs`, whatever the frame grid (the last frame may start late).
  const end = frames[frames.length - 1] as WalkFrame;
  end.durationMs = Math.max(end.durationMs, tailMs);
  return frames;
}
