import { describe, expect, it } from 'vitest';
import { at, goto, load, NEXT, PLAY, type Row, reduce, run } from './helpers';

const reduced = { reducedMotion: true };

const loading: Row[] = [
  ['a shorter trace clamps the step', at(7, 5), [load(3)], at(3, 3)],
  ['the step is kept when it fits', at(7, 2), [load(4)], at(4, 2)],
  ['a given step is shown', at(7, 0), [load(10, 4)], at(10, 4)],
  ['a given step past the end is clamped', at(7, 0), [load(10, 99)], at(10, 10)],
  ['a NaN step keeps the current one', at(7, 3), [load(10, Number.NaN)], at(10, 3)],
  ['a negative count gives an empty trace', at(7, 3), [load(-1)], at(0, 0)],
  ['a fractional count is floored', at(7, 3), [load(2.9)], at(2, 2)],
  ['a NaN count is ignored', at(7, 3), [load(Number.NaN)], at(7, 3)],
  ['a flight lands and autoplay stops', at(7, 3, 0.5, { playing: true }), [load(7)], at(7, 3)],
  [
    'speed and reduced motion are kept',
    at(7, 0, 1, { speed: 2, ...reduced }),
    [load(4)],
    at(4, 0, 1, { speed: 2, ...reduced }),
  ],
];

const reducedMotion: Row[] = [
  ['next changes the step in place', at(5, 0, 1, reduced), [NEXT], at(5, 1, 1, reduced)],
  [
    'goto with animate changes the step in place',
    at(5, 0, 1, reduced),
    [goto(4, true)],
    at(5, 4, 1, reduced),
  ],
  ['turning it on lands a flight', at(5, 2, 0.3), [reduce(true)], at(5, 2, 1, reduced)],
  ['turning it off keeps the step at rest', at(5, 2, 1, reduced), [reduce(false)], at(5, 2)],
  [
    'play shows the next step at once',
    at(5, 0, 1, reduced),
    [PLAY],
    at(5, 1, 1, { ...reduced, playing: true }),
  ],
  ['a non-boolean value is ignored', at(5, 0), [reduce('yes' as unknown as boolean)], at(5, 0)],
];

describe('playerReducer', () => {
  it.each(loading)('load: %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });
  it.each(reducedMotion)('reduced motion: %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });
});
