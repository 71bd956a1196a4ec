import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmbedHost } from '../../src/modes';
import { openAt, renderAppReady } from './harness';

const position = () => document.querySelector('.pw-embed-bar__position')?.textContent;

beforeEach(() => openAt());

/** A frame's window: the parent records what it is sent; the test delivers messages. */
function createHost() {
  const parent = { postMessage: vi.fn<(message: unknown, origin: string) => void>() };
  const listeners = new Set<(event: MessageEvent) => void>();
  const host: EmbedHost = {
    parent,
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const send = (data: unknown, from: { origin?: string; source?: unknown } = {}) =>
    act(() => {
      const event = {
        data,
        origin: from.origin ?? 'https://slides.test',
        source: from.source ?? parent,
      };
      for (const listener of listeners) listener(event as MessageEvent);
    });
  const posted = () =>
    parent.postMessage.mock.calls.map(([message, origin]) => ({ message, origin }));
  return { host, parent, send, posted };
}

const command = (name: string, step?: number) =>
  step === undefined
    ? { type: 'packetwalk:command', command: name }
    : { type: 'packetwalk:command', command: name, step };

describe('App: embed mode', () => {
  it('shows only the diagram, with a visually hidden narration', async () => {
    openAt('?scenario=rabbit-hole&mode=embed');
    await renderAppReady({ embedHost: createHost().host });
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next step' })).toBeNull();
    expect(document.querySelector('[data-entity="packet"]')).not.toBeNull();
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
      'Start: the packet waits',
    );
  });

  it('says ready, obeys commands, reports every step to the parent', async () => {
    openAt('?scenario=rabbit-hole&step=1&mode=embed&controls=1');
    const { host, send, posted } = createHost();
    await renderAppReady({ embedHost: host });
    expect(posted()[0]).toEqual({
      message: {
        type: 'packetwalk:ready',
        version: 1,
        scenario: 'rabbit-hole',
        step: 1,
        stepCount: 4,
        hops: 0,
        totalHops: 3,
        done: false,
        playing: false,
      },
      origin: '*',
    });
    send(command('next'));
    expect(position()).toBe('Step 2 of 4');
    send(command('goto', 4));
    send(command('previous'));
    send(command('last'));
    send(command('first'));
    const steps = posted()
      .slice(1)
      .map(({ message }) => message as { type: string; step: number; hops: number; done: boolean });
    expect(steps.map((m) => [m.type, m.step, m.hops, m.done])).toEqual([
      ['packetwalk:step', 2, 1, false],
      ['packetwalk:step', 4, 3, true],
      ['packetwalk:step', 3, 2, false],
      ['packetwalk:step', 4, 3, true],
      ['packetwalk:step', 0, 0, false],
    ]);
    expect(window.location.search).toBe('?scenario=rabbit-hole&mode=embed&controls=1');
  });

  it('ignores malformed messages and messages from other windows', async () => {
    openAt('?scenario=rabbit-hole&mode=embed&controls=1');
    const { host, send, posted } = createHost();
    await renderAppReady({ embedHost: host });
    send(command('goto', -1));
    send({ ...command('next'), extra: true });
    send('next');
    send(command('next'), { source: { someOtherWindow: true } });
    expect(position()).toBe('Start');
    expect(posted()).toHaveLength(1);
  });

  it('with origin=, obeys that origin only and posts only to it', async () => {
    openAt('?scenario=rabbit-hole&mode=embed&origin=https://slides.test');
    const { host, send, posted } = createHost();
    await renderAppReady({ embedHost: host });
    send(command('next'), { origin: 'https://evil.test' });
    send(command('next'), { origin: 'https://slides.test' });
    expect(
      posted().map(({ message, origin }) => [(message as { step: number }).step, origin]),
    ).toEqual([
      [0, 'https://slides.test'],
      [1, 'https://slides.test'],
    ]);
  });

  it('plays and pauses on command', async () => {
    openAt('?scenario=rabbit-hole&mode=embed&controls=1');
    const { host, send, posted } = createHost();
    await renderAppReady({ embedHost: host });
    send(command('play'));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    send(command('pause'));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(posted().some(({ message }) => (message as { playing: boolean }).playing)).toBe(true);
  });
});
