import { describe, expect, it } from 'vitest';
import { type PlayerAction, type PlayerState, playerReducer } from '../../src/player';
import {
  at,
  END,
  FASTER,
  goto,
  HOME,
  NEXT,
  PAUSE,
  PLAY,
  PREV,
  type Row,
  run,
  SLOWER,
  speed,
  TOGGLE,
} from './helpers';

const playing = { playing: true };

const navigation: Row[] = [
  ['next from the start starts leg 1', at(5, 0), [NEXT], at(5, 1, 0)],
  ['next at rest starts the following leg', at(5, 2), [NEXT], at(5, 3, 0)],
  ['next mid-flight lands, then starts the next leg', at(5, 2, 0.4), [NEXT], at(5, 3, 0)],
  ['next at the last step at rest does nothing', at(5, 5), [NEXT], at(5, 5)],
  ['next in the last leg lands it', at(5, 5, 0.3), [NEXT], at(5, 5)],
  ['two nexts: leg 1 landed, leg 2 in flight', at(5, 0), [NEXT, NEXT], at(5, 2, 0)],
  ['previous rests at the step before', at(5, 3), [PREV], at(5, 2)],
  ['previous mid-flight rests at the step before', at(5, 3, 0.5), [PREV], at(5, 2)],
  ['previous at the start does nothing', at(5, 0), [PREV], at(5, 0)],
  ['goto rests at that step', at(5, 0), [goto(3)], at(5, 3)],
  ['goto with animate flies that leg', at(5, 0), [goto(3, true)], at(5, 3, 0)],
  ['goto 0 with animate rests at the start', at(5, 2), [goto(0, true)], at(5, 0)],
  ['goto past the end clamps to the last step', at(5, 0), [goto(99)], at(5, 5)],
  ['goto below 0 clamps to the start', at(5, 4), [goto(-2)], at(5, 0)],
  ['goto a fraction rounds', at(5, 0), [goto(2.6)], at(5, 3)],
  ['goto NaN is ignored', at(5, 2), [goto(Number.NaN)], at(5, 2)],
  ['goto Infinity is ignored', at(5, 2), [goto(Number.POSITIVE_INFINITY)], at(5, 2)],
  ['home rests at the start', at(5, 4, 0.2), [HOME], at(5, 0)],
  ['end rests at the last step', at(5, 1), [END], at(5, 5)],
  ['an empty trace ignores next', at(0, 0), [NEXT], at(0, 0)],
  ['an empty trace ignores end', at(0, 0), [END], at(0, 0)],
];

const playback: Row[] = [
  ['play at rest starts the next leg at once', at(5, 2), [PLAY], at(5, 3, 0, playing)],
  ['play mid-flight keeps flying', at(5, 2, 0.5), [PLAY], at(5, 2, 0.5, playing)],
  ['play at the end restarts from the client', at(5, 5), [PLAY], at(5, 1, 0, playing)],
  ['play on an empty trace does nothing', at(0, 0), [PLAY], at(0, 0)],
  ['play while playing does nothing', at(5, 2, 0.5, playing), [PLAY], at(5, 2, 0.5, playing)],
  ['pause mid-flight lets the leg land later', at(5, 2, 0.5, playing), [PAUSE], at(5, 2, 0.5)],
  [
    'pause while resting forgets the rest',
    at(5, 2, 1, { ...playing, holdMs: 900 }),
    [PAUSE],
    at(5, 2),
  ],
  ['toggle plays when paused', at(5, 0), [TOGGLE], at(5, 1, 0, playing)],
  ['toggle twice pauses again', at(5, 0), [TOGGLE, TOGGLE], at(5, 1, 0)],
  ['end while playing stops playing', at(5, 2, 0.5, playing), [END], at(5, 5)],
  [
    'next while playing keeps playing',
    at(5, 2, 1, { ...playing, holdMs: 500 }),
    [NEXT],
    at(5, 3, 0, playing),
  ],
  [
    'next into the last leg keeps playing until it lands',
    at(2, 1, 1, playing),
    [NEXT],
    at(2, 2, 0, playing),
  ],
];

const speeds: Row[] = [
  ['setSpeed to an offered speed', at(5, 0), [speed(1.5)], at(5, 0, 1, { speed: 1.5 })],
  ['setSpeed to an unknown speed is ignored', at(5, 0), [speed(3)], at(5, 0)],
  [
    'setSpeed NaN is ignored',
    at(5, 0, 1, { speed: 2 }),
    [speed(Number.NaN)],
    at(5, 0, 1, { speed: 2 }),
  ],
  ['faster from 1x', at(5, 0), [FASTER], at(5, 0, 1, { speed: 1.5 })],
  ['faster stops at 2x', at(5, 0, 1, { speed: 1.5 }), [FASTER, FASTER], at(5, 0, 1, { speed: 2 })],
  ['slower from 1x', at(5, 0), [SLOWER], at(5, 0, 1, { speed: 0.75 })],
  ['slower stops at 0.5x', at(5, 0), [SLOWER, SLOWER, SLOWER], at(5, 0, 1, { speed: 0.5 })],
];

const noOps: [string, PlayerState, unknown][] = [
  ['next at the last step', at(5, 5), NEXT],
  ['previous at the start', at(5, 0), PREV],
  ['home at the start', at(5, 0), HOME],
  ['pause when paused', at(5, 2), PAUSE],
  ['setSpeed to the same speed', at(5, 0), speed(1)],
  ['a tick at rest while paused', at(5, 2), { type: 'tick', dtMs: 16 }],
  ['an unknown action type', at(5, 2), { type: 'rewind' }],
  ['a null action', at(5, 2), null],
  ['a string action', at(5, 2), 'next'],
];

describe('playerReducer', () => {
  it.each(navigation)('navigation: %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });
  it.each(playback)('playback: %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });
  it.each(speeds)('speed: %s', (_name, from, actions, expected) => {
    expect(run(from, actions)).toEqual(expected);
  });
  it.each(noOps)('returns the same object for a no-op: %s', (_name, from, action) => {
    expect(playerReducer(from, action as PlayerAction)).toBe(from);
  });
});
