import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createManualWallClock,
  parseSyncMessage,
  type StateMessage,
  type SyncState,
} from '../../src/modes';
import { createMemoryPorts } from '../modes/memoryPorts';
import { openAt, position, renderAppReady } from './harness';

beforeEach(() => openAt());

const S: SyncState = {
  scenario: 'rabbit-hole',
  model: 'real',
  reply: false,
  step: 0,
  blank: false,
};
const state = (at: number, s: Partial<SyncState>): StateMessage => ({
  v: 1,
  kind: 'state',
  from: 'talk-window',
  at,
  state: { ...S, ...s },
});

async function setup(search: string) {
  openAt(search);
  const ports = createMemoryPorts();
  const talk = ports.open();
  const clock = createManualWallClock(1_700_000_000_000);
  await renderAppReady({ syncPorts: ports.factory, wallClock: clock });
  return { talk, clock };
}

const states = (received: unknown[]) =>
  received.map(parseSyncMessage).filter((m): m is StateMessage => m?.kind === 'state');

describe('App: presenter view in step with the talk window', () => {
  it('joins with hello and its state', async () => {
    const { talk } = await setup('?scenario=rabbit-hole&step=2&mode=presenter');
    await waitFor(() => expect(talk.received.length).toBeGreaterThanOrEqual(2));
    expect(parseSyncMessage(talk.received[0])?.kind).toBe('hello');
    expect(states(talk.received)[0]?.state).toEqual({ ...S, step: 2 });
  });

  it('follows the talk window, replacing the history entry', async () => {
    const { talk } = await setup('?scenario=rabbit-hole&mode=presenter');
    const entries = window.history.length;
    talk.postMessage(state(1_800_000_000_000, { step: 3 }));
    await waitFor(() => expect(position()).toBe('Step 3 of 4'));
    expect(window.location.search).toBe('?scenario=rabbit-hole&step=3&mode=presenter');
    expect(window.history.length).toBe(entries);
    talk.postMessage(state(1_800_000_000_001, { step: 3, blank: true }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Audience screen blanked/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
  });

  it('follows a scenario and model change of the talk window', async () => {
    const { talk } = await setup('?scenario=rabbit-hole&mode=presenter');
    talk.postMessage(
      state(1_800_000_000_000, { scenario: 'path-miss-404', model: 'naive', step: 2 }),
    );
    await waitFor(() =>
      expect(window.location.search).toBe(
        '?scenario=path-miss-404&step=2&model=naive&mode=presenter',
      ),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('No rule matches: 404');
  });

  it('tells the talk window when the speaker steps here', async () => {
    const { talk, clock } = await setup('?scenario=rabbit-hole&step=1&mode=presenter');
    clock.advance(5000);
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(states(talk.received).at(-1)?.state.step).toBe(2));
    const last = states(talk.received).at(-1);
    expect(last?.at).toBe(1_700_000_005_000);
    await userEvent.keyboard('b');
    await waitFor(() => expect(states(talk.received).at(-1)?.state.blank).toBe(true));
  });

  it('the normal page stays out of the talk', async () => {
    const { talk } = await setup('?scenario=rabbit-hole');
    talk.postMessage(state(1_800_000_000_000, { step: 3 }));
    await userEvent.keyboard('{ArrowRight}');
    expect(position()).toBe('Step 1 of 4');
    expect(talk.received).toEqual([]);
  });
});
