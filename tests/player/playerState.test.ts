import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  isAnimating,
  type PlayerAction,
  type PlayerState,
  playerReducer,
  SPEEDS,
} from '../../src/player';
import { state } from './helpers';

describe('createInitialState', () => {
  it.each([
    ['defaults', 7, {}, state(7)],
    ['a starting step', 7, { step: 3 }, state(7, { step: 3 })],
    ['a step past the end is clamped', 7, { step: 99 }, state(7, { step: 7 })],
    ['a negative step is clamped', 7, { step: -1 }, state(7)],
    ['a NaN step gives 0', 7, { step: Number.NaN }, state(7)],
    ['an offered speed', 7, { speed: 1.5 }, state(7, { speed: 1.5 })],
    ['an unknown speed falls back to 1x', 7, { speed: 3 }, state(7)],
    ['reduced motion', 7, { reducedMotion: true }, state(7, { reducedMotion: true })],
    ['a NaN count gives an empty trace', Number.NaN, { step: 2 }, state(0)],
    ['a negative count gives an empty trace', -4, {}, state(0)],
  ])('%s', (_name, count, options, expected) => {
    expect(createInitialState(count, options)).toEqual(expected);
  });

  it('starts at rest, paused, at step 0', () => {
    expect(createInitialState(3)).toEqual({
      stepCount: 3,
      step: 0,
      progress: 1,
      playing: false,
      speed: 1,
      holdMs: 0,
      reducedMotion: false,
    });
  });
});

describe('isAnimating', () => {
  it.each([
    ['at rest and paused', state(5, { step: 2 }), false],
    ['in flight and paused', state(5, { step: 2, progress: 0.5 }), true],
    ['at rest and playing', state(5, { step: 2, playing: true }), true],
    ['at the end at rest', state(5, { step: 5 }), false],
  ])('%s', (_name, s, expected) => {
    expect(isAnimating(s)).toBe(expected);
  });
});

const anyNumber = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(...SPEEDS),
);
const anyAction: fc.Arbitrary<PlayerAction> = fc.oneof(
  fc.constantFrom<PlayerAction>(
    { type: 'next' },
    { type: 'previous' },
    { type: 'home' },
    { type: 'end' },
    { type: 'play' },
    { type: 'pause' },
    { type: 'toggle' },
    { type: 'faster' },
    { type: 'slower' },
  ),
  fc.record({ type: fc.constant('goto' as const), step: anyNumber, animate: fc.boolean() }),
  fc.record({ type: fc.constant('setSpeed' as const), speed: anyNumber }),
  fc.record({
    type: fc.constant('tick' as const),
    dtMs: fc.oneof(anyNumber, fc.integer({ min: 1, max: 5000 })),
  }),
  fc.record({
    type: fc.constant('load' as const),
    stepCount: anyNumber,
    step: fc.option(anyNumber, { nil: undefined }),
  }),
  fc.record({ type: fc.constant('setReducedMotion' as const), value: fc.boolean() }),
);

function checkInvariants(s: PlayerState): void {
  expect(Number.isInteger(s.stepCount) && s.stepCount >= 0).toBe(true);
  expect(Number.isInteger(s.step) && s.step >= 0 && s.step <= s.stepCount).toBe(true);
  expect(s.progress >= 0 && s.progress <= 1).toBe(true);
  if (s.step === 0 || s.reducedMotion) expect(s.progress).toBe(1);
  if (s.playing) expect(s.step === s.stepCount && s.progress === 1).toBe(false);
  if (!s.playing || s.progress < 1) expect(s.holdMs).toBe(0);
  expect(s.holdMs >= 0).toBe(true);
  expect(SPEEDS).toContain(s.speed);
}

describe('playerReducer invariants', () => {
  it('any action sequence keeps a valid state and never throws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(anyAction, { maxLength: 40 }),
        (n, actions) => {
          let s = createInitialState(n);
          for (const action of actions) {
            s = playerReducer(s, action);
            checkInvariants(s);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('time never moves the packet backwards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3000 }), { maxLength: 30 }), (dts) => {
        let s = playerReducer(createInitialState(6), { type: 'play' });
        for (const dtMs of dts) {
          const next = playerReducer(s, { type: 'tick', dtMs });
          const forward =
            next.step > s.step || (next.step === s.step && next.progress >= s.progress);
          expect(forward).toBe(true);
          s = next;
        }
      }),
    );
  });
});
