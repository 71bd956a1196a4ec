import { describe, expect, it } from 'vitest';
import { commandAction, type EmbedCommand, embedStatus, parseEmbedCommand } from '../../src/modes';
import type { PlayerAction } from '../../src/player';
import { traceOf } from '../panels/fixtures';

const cmd = (command: string, extra: Record<string, unknown> = {}) => ({
  type: 'packetwalk:command',
  command,
  ...extra,
});

describe('parseEmbedCommand: strict', () => {
  it.each(['next', 'previous', 'first', 'last', 'play', 'pause'])('accepts %s', (command) => {
    expect(parseEmbedCommand(cmd(command))).toEqual(cmd(command));
  });

  it.each<[string, unknown]>([
    ['goto 0', cmd('goto', { step: 0 })],
    ['goto 3', cmd('goto', { step: 3 })],
    ['goto beyond the end (the player clamps)', cmd('goto', { step: 99 })],
  ])('accepts %s', (_, data) => {
    expect(parseEmbedCommand(data)).toEqual(data);
  });

  it.each<[string, unknown]>([
    ['another type', { type: 'reveal:command', command: 'next' }],
    ['no command', { type: 'packetwalk:command' }],
    ['unknown command', cmd('rewind')],
    ['upper case', cmd('NEXT')],
    ['goto without a step', cmd('goto')],
    ['goto with a negative step', cmd('goto', { step: -1 })],
    ['goto with a fraction', cmd('goto', { step: 1.5 })],
    ['goto with a string', cmd('goto', { step: '2' })],
    ['goto with NaN', cmd('goto', { step: Number.NaN })],
    ['goto with Infinity', cmd('goto', { step: Number.POSITIVE_INFINITY })],
    ['a step on next', cmd('next', { step: 2 })],
    ['an extra key', cmd('goto', { step: 2, animate: true })],
    ['a string', 'packetwalk:command next'],
    ['null', null],
    ['an array', ['packetwalk:command', 'next']],
    ['a number', 1],
  ])('ignores %s', (_, data) => {
    expect(parseEmbedCommand(data)).toBeNull();
  });
});

describe('commandAction', () => {
  it.each<[EmbedCommand, number, PlayerAction]>([
    [{ type: 'packetwalk:command', command: 'next' }, 0, { type: 'next' }],
    [{ type: 'packetwalk:command', command: 'previous' }, 2, { type: 'previous' }],
    [{ type: 'packetwalk:command', command: 'first' }, 2, { type: 'home' }],
    [{ type: 'packetwalk:command', command: 'last' }, 2, { type: 'end' }],
    [{ type: 'packetwalk:command', command: 'play' }, 0, { type: 'play' }],
    [{ type: 'packetwalk:command', command: 'pause' }, 0, { type: 'pause' }],
    [
      { type: 'packetwalk:command', command: 'goto', step: 3 },
      2,
      { type: 'goto', step: 3, animate: true },
    ],
    [
      { type: 'packetwalk:command', command: 'goto', step: 1 },
      2,
      { type: 'goto', step: 1, animate: false },
    ],
    [
      { type: 'packetwalk:command', command: 'goto', step: 4 },
      1,
      { type: 'goto', step: 4, animate: false },
    ],
  ])('%o at step %i', (command, step, action) => {
    expect(commandAction(command, step)).toEqual(action);
  });
});

describe('embedStatus', () => {
  const trace = traceOf('rabbit-hole');

  it.each<[number, number, boolean]>([
    [0, 0, false],
    [1, 0, false],
    [2, 1, false],
    [4, 3, true],
    [9, 3, true],
  ])('step %i: %i hops so far, done %s', (step, hops, done) => {
    const status = embedStatus(trace, step, false);
    expect(status).toEqual({
      scenario: 'rabbit-hole',
      step: Math.min(step, 4),
      stepCount: 4,
      hops,
      totalHops: 3,
      done,
      playing: false,
    });
  });
});
