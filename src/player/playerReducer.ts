import { advanceTime, finishFlight, restAt, startNextLeg } from './playerMoves';
import { clampStep, isSpeed, normalize, sameState, toStepCount } from './playerState';
import { type PlayerAction, type PlayerState, SPEEDS } from './types';

function goto(state: PlayerState, step: unknown, animate: unknown): PlayerState {
  const target = clampStep(step, state.stepCount);
  if (target === undefined) return state;
  if (animate !== true || target === 0) return restAt(state, target);
  return normalize({ ...state, step: target, progress: 0, holdMs: 0 });
}

function play(state: PlayerState): PlayerState {
  if (state.playing || state.stepCount === 0) return state;
  // Like a video: Play at the end starts over from the client.
  const atEnd = state.step >= state.stepCount && state.progress >= 1;
  const from = atEnd ? restAt(state, 0) : state;
  const playing = { ...from, playing: true };
  // At rest, the next leg starts at once: pressing Play never waits out a rest.
  return playing.progress >= 1 ? startNextLeg(playing) : playing;
}

function shiftSpeed(state: PlayerState, by: 1 | -1): PlayerState {
  const index = SPEEDS.indexOf(state.speed);
  const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, index + by))];
  return next === undefined ? state : { ...state, speed: next };
}

function load(state: PlayerState, stepCount: unknown, step: unknown): PlayerState {
  const count = toStepCount(stepCount);
  if (count === undefined) return state;
  const target = clampStep(step, count) ?? clampStep(state.step, count) ?? 0;
  return { ...state, stepCount: count, step: target, progress: 1, playing: false, holdMs: 0 };
}

function transition(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'next':
      return startNextLeg(finishFlight(state));
    case 'previous':
      return state.step > 0 ? restAt(state, state.step - 1) : state;
    case 'goto':
      return goto(state, action.step, action.animate);
    case 'home':
      return restAt(state, 0);
    case 'end':
      return restAt(state, state.stepCount);
    case 'play':
      return play(state);
    case 'pause':
      return normalize({ ...state, playing: false });
    case 'toggle':
      return state.playing ? normalize({ ...state, playing: false }) : play(state);
    case 'setSpeed':
      return isSpeed(action.speed) ? { ...state, speed: action.speed } : state;
    case 'faster':
      return shiftSpeed(state, 1);
    case 'slower':
      return shiftSpeed(state, -1);
    case 'tick':
      return advanceTime(state, action.dtMs);
    case 'load':
      return load(state, action.stepCount, action.step);
    case 'setReducedMotion':
      if (typeof action.value !== 'boolean') return state;
      return normalize({ ...state, reducedMotion: action.value });
    default:
      return state;
  }
}

/**
 * The step controller: decides which step is shown, how far into its flight, and when
 * autoplay moves on. Pure: no React, no timers, no clock; time arrives as `tick` actions.
 * Invalid actions or arguments are clamped or ignored, never thrown.
 * @param state - The current state.
 * @param action - What happened.
 * @returns The next state; the very same object when nothing changed.
 */
export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  if (action === null || typeof action !== 'object') return state;
  const next = transition(state, action);
  return next === state || sameState(next, state) ? state : next;
}
