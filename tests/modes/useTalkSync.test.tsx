import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createManualWallClock } from '../../src/modes';
import { createMemoryPorts } from './memoryPorts';
import { S, Win } from './syncHarness';

const shown = (id: string) => screen.getByTestId(id).textContent;
const press = (name: string) => act(() => screen.getByRole('button', { name }).click());

function setup() {
  const ports = createMemoryPorts();
  const clock = createManualWallClock(1_000_000);
  const tick = () => act(() => clock.advance(10));
  return { ports, clock, tick };
}

describe('useTalkSync', () => {
  it('stepping in either window moves both', async () => {
    const { ports, clock, tick } = setup();
    render(
      <>
        <Win id="talk" ports={ports.factory} clock={clock} />
        <Win id="presenter" ports={ports.factory} clock={clock} />
      </>,
    );
    tick();
    press('talk next');
    await waitFor(() => expect(shown('presenter')).toBe('rabbit-hole:1:shown'));
    tick();
    press('presenter next');
    await waitFor(() => expect(shown('talk')).toBe('rabbit-hole:2:shown'));
    tick();
    press('presenter blank');
    await waitFor(() => expect(shown('talk')).toBe('rabbit-hole:2:blank'));
    expect(shown('presenter')).toBe('rabbit-hole:2:blank');
  });

  it('a window that opens later catches up', async () => {
    const { ports, clock, tick } = setup();
    const first = render(<Win id="talk" ports={ports.factory} clock={clock} />);
    tick();
    press('talk next');
    press('talk next');
    press('talk next');
    first.rerender(
      <>
        <Win id="talk" ports={ports.factory} clock={clock} />
        <Win id="presenter" ports={ports.factory} clock={clock} initial={{ step: 1 }} />
      </>,
    );
    await waitFor(() => expect(shown('presenter')).toBe('rabbit-hole:3:shown'));
    expect(shown('talk')).toBe('rabbit-hole:3:shown');
  });

  it('a window that rejoins brings its newer state to the others', async () => {
    const { ports, clock, tick } = setup();
    const { rerender } = render(
      <>
        <Win id="talk" ports={ports.factory} clock={clock} enabled={false} />
        <Win id="presenter" ports={ports.factory} clock={clock} />
      </>,
    );
    tick();
    press('talk switch');
    expect(shown('presenter')).toBe('rabbit-hole:0:shown');
    rerender(
      <>
        <Win id="talk" ports={ports.factory} clock={clock} enabled />
        <Win id="presenter" ports={ports.factory} clock={clock} />
      </>,
    );
    await waitFor(() => expect(shown('presenter')).toBe('lb-all-nodes:0:shown'));
  });

  it('ignores states of scenarios it does not know', async () => {
    const { ports, clock, tick } = setup();
    render(
      <>
        <Win id="talk" ports={ports.factory} clock={clock} />
        <Win id="presenter" ports={ports.factory} clock={clock} knows={['rabbit-hole']} />
      </>,
    );
    tick();
    press('talk switch');
    tick();
    press('talk next');
    const probe = ports.open();
    probe.postMessage({ v: 1, kind: 'hello', from: 'probe' });
    await waitFor(() => expect(probe.received.length).toBeGreaterThanOrEqual(2));
    expect(shown('presenter')).toBe('rabbit-hole:0:shown');
  });

  it('drops malformed messages', async () => {
    const { ports, clock } = setup();
    render(<Win id="talk" ports={ports.factory} clock={clock} />);
    const probe = ports.open();
    for (const junk of [
      null,
      'next',
      { v: 1, kind: 'state', from: 'x', at: 9e12, state: { ...S, step: -4 } },
    ]) {
      probe.postMessage(junk);
    }
    probe.postMessage({ v: 1, kind: 'hello', from: 'probe' });
    await waitFor(() => expect(probe.received).toHaveLength(1));
    expect(shown('talk')).toBe('rabbit-hole:0:shown');
  });

  it('does nothing, and says so, without BroadcastChannel', () => {
    const { clock } = setup();
    render(<Win id="talk" ports={() => null} clock={clock} />);
    expect(shown('talk-sync')).toBe('alone');
    press('talk next');
    expect(shown('talk')).toBe('rabbit-hole:1:shown');
  });

  it('closes its channel when it stops taking part', () => {
    const { ports, clock } = setup();
    const { rerender } = render(<Win id="talk" ports={ports.factory} clock={clock} />);
    expect(ports.openCount()).toBe(1);
    rerender(<Win id="talk" ports={ports.factory} clock={clock} enabled={false} />);
    expect(ports.openCount()).toBe(0);
  });
});
