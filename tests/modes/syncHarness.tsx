/**
 * A stand-in "window" for the sync tests: its own shared state, synced by useTalkSync, with
 * buttons that change it, and its state and sync status as text.
 */
import { useState } from 'react';
import { type SyncPortFactory, type SyncState, useTalkSync, type WallClock } from '../../src/modes';

/** The state every window starts from. */
export const S: SyncState = {
  scenario: 'rabbit-hole',
  model: 'real',
  reply: false,
  step: 0,
  blank: false,
};

/** Props of {@link Win}. */
export interface WindowProps {
  id: string;
  ports: SyncPortFactory;
  clock: WallClock;
  initial?: Partial<SyncState>;
  enabled?: boolean;
  knows?: string[];
}

/** A "window": its own state, synced, with buttons to change it. */
export function Win({ id, ports, clock, initial = {}, enabled = true, knows }: WindowProps) {
  const [state, setState] = useState<SyncState>({ ...S, ...initial });
  const sync = useTalkSync({
    enabled,
    state,
    onAdopt: setState,
    accepts: knows ? (s) => knows.includes(s.scenario) : undefined,
    clock,
    portFactory: ports,
    id,
  });
  return (
    <section aria-label={id}>
      <output
        data-testid={id}
      >{`${state.scenario}:${state.step}:${state.blank ? 'blank' : 'shown'}`}</output>
      <output data-testid={`${id}-sync`}>{sync.available ? 'linked' : 'alone'}</output>
      <button type="button" onClick={() => setState((s) => ({ ...s, step: s.step + 1 }))}>
        {`${id} next`}
      </button>
      <button type="button" onClick={() => setState((s) => ({ ...s, blank: !s.blank }))}>
        {`${id} blank`}
      </button>
      <button
        type="button"
        onClick={() => setState((s) => ({ ...s, scenario: 'lb-all-nodes', step: 0 }))}
      >
        {`${id} switch`}
      </button>
    </section>
  );
}
