import { describe, expect, it } from 'vitest';
import { HOLD_MS, LEG_DURATION_MS as LEG } from '../../src/player';
import { at, PLAY, type Row, run, speed, tick, ticks } from './helpers';

const on = { playing: true };
const reduced = { reducedMotion: true };

const flight: Row[] = [
  ['half the leg duration flies half the leg', at(5, 1, 0), [tick(LEG / 2)], at(5, 1, 0.5)],
  ['the whole leg duration lands it', at(5, 1, 0), [tick(LEG)], at(5, 1)],
  ['paused: landing does not start the next leg', at(5, 1, 0), [tick(10_000)], at(5, 1)],
  ['2x flies twice as far', at(5, 1, 0, { speed: 2 }), [tick(450)], at(5, 1, 0.5, { speed: 2 })],
  [
    '0.5x flies half as far',
    at(5, 1, 0, { speed: 0.5 }),
    [tick(900)],
    at(5, 1, 0.25, { speed: 0.5 }),
  ],
  [
    'a flight goes on while paused (pause stops autoplay only)',
    at(5, 2, 0.5),
    [tick(450)],
    at(5, 2, 0.75),
  ],
];

const autoplay: Row[] = [
  ['landing while playing starts the rest', at(5, 1, 0, on), [tick(LEG)], at(5, 1, 1, on)],
  [
    'the rest counts up',
    at(5, 1, 1, on),
    [tick(HOLD_MS - 1)],
    at(5, 1, 1, { ...on, holdMs: HOLD_MS - 1 }),
  ],
  [
    'a full rest starts the next leg',
    at(5, 1, 1, on),
    [tick(HOLD_MS - 1), tick(1)],
    at(5, 2, 0, on),
  ],
  [
    'at 2x the rest is halved',
    at(5, 1, 1, { ...on, speed: 2 }),
    [tick(HOLD_MS / 2)],
    at(5, 2, 0, { ...on, speed: 2 }),
  ],
  [
    'at 0.5x the rest is doubled',
    at(5, 1, 1, { ...on, speed: 0.5 }),
    [tick(HOLD_MS)],
    at(5, 1, 1, { ...on, speed: 0.5, holdMs: HOLD_MS }),
  ],
  [
    'time left at a boundary carries on',
    at(5, 1, 0, on),
    [tick(LEG + HOLD_MS + LEG / 2)],
    at(5, 2, 0.5, on),
  ],
  ['landing the last leg stops playing', at(3, 3, 0.5, on), [tick(LEG)], at(3, 3)],
  ['one huge tick plays to the end and stops', at(4, 1, 0, on), [tick(1e9)], at(4, 4)],
  [
    'play, then 16 ms frames, reach the end',
    at(3, 0),
    [PLAY, ...ticks(Math.ceil((3 * LEG + 2 * HOLD_MS) / 16))],
    at(3, 3),
  ],
  [
    'a new speed mid-rest keeps the time rested',
    at(5, 1, 1, { ...on, holdMs: 600 }),
    [speed(2), tick(100)],
    at(5, 2, 0, { ...on, speed: 2 }),
  ],
];

const reducedAutoplay: Row[] = [
  [
    'holds between steps',
    at(5, 1, 1, { ...on, ...reduced }),
    [tick(HOLD_MS - 1)],
    at(5, 1, 1, { ...on, ...reduced, holdMs: HOLD_MS - 1 }),
  ],
  [
    'after a rest the next step shows at once',
    at(5, 1, 1, { ...on, ...reduced }),
    [tick(HOLD_MS)],
    at(5, 2, 1, { ...on, ...reduced }),
  ],
  [
    'plays to the end, one rest per step',
    at(3, 0, 1, reduced),
    [PLAY, tick(2 * HOLD_MS)],
    at(3, 3, 1, reduced),
  ],
];

const ignored: Row[] = [
  ['NaN', at(5, 1, 0.5), [tick(Number.NaN)], at(5, 1, 0.5)],
  ['a negative dt', at(5, 1, 0.5), [tick(-100)], at(5, 1, 0.5)],
  ['zero', at(5, 1, 0.5), [tick(0)], at(5, 1, 0.5)],
  ['Infinity', at(5, 1, 0.5), [tick(Number.POSITIVE_INFINITY)], at(5, 1, 0.5)],
];

describe('tick', () => {
  it.each(flight)('flight: %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });
  it.each(autoplay)('autoplay: %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });
  it.each(reducedAutoplay)('reduced motion: %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });
  it.each(ignored)('ignores a tick of %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });

  it('bounds the work of an absurd tick: at most 64 phases (32 legs) per tick', () => {
    expect(run(at(1e12, 1, 0, on), [tick(1e300)])).toEqual(at(1e12, 33, 0, on));
  });

  it.each([1, 7, 16, 33, 100])('lands after the same total time with %i ms frames', (frame) => {
    const from = at(5, 1, 0);
    const before = run(from, ticks(Math.ceil(LEG / frame) - 1, frame));
    expect(before.progress).toBeLessThan(1);
    expect(run(from, ticks(Math.ceil(LEG / frame), frame))).toEqual(at(5, 1));
  });
});
