import { describe, expect, it } from 'vitest';
import {
  createSyncRecord,
  joinMessages,
  localSyncChange,
  parseSyncMessage,
  receiveSync,
  type StateMessage,
  type SyncRecord,
  type SyncState,
} from '../../src/modes';

const S: SyncState = {
  scenario: 'rabbit-hole',
  model: 'real',
  reply: false,
  step: 0,
  blank: false,
};
const at = (step: number, extra: Partial<SyncState> = {}): SyncState => ({ ...S, step, ...extra });
const msg = (from: string, stamp: number, state: SyncState): StateMessage => ({
  v: 1,
  kind: 'state',
  from,
  at: stamp,
  state,
});

describe('parseSyncMessage accepts only well-formed messages', () => {
  it.each<[string, unknown, boolean]>([
    ['hello', { v: 1, kind: 'hello', from: 'a' }, true],
    ['state', msg('a', 5, at(2)), true],
    [
      'state, reply and naive',
      msg('a', 0, at(9, { model: 'naive', reply: true, blank: true })),
      true,
    ],
    ['another version', { v: 2, kind: 'hello', from: 'a' }, false],
    ['no sender', { v: 1, kind: 'hello', from: '' }, false],
    ['unknown kind', { v: 1, kind: 'bye', from: 'a' }, false],
    ['negative step', msg('a', 1, at(-1)), false],
    ['fractional step', msg('a', 1, at(1.5)), false],
    ['unknown model', msg('a', 1, { ...S, model: 'fancy' } as unknown as SyncState), false],
    ['string blank', msg('a', 1, { ...S, blank: 'no' } as unknown as SyncState), false],
    ['empty scenario', msg('a', 1, at(1, { scenario: '' })), false],
    ['negative stamp', msg('a', -1, at(1)), false],
    ['NaN stamp', msg('a', Number.NaN, at(1)), false],
    ['null', null, false],
    ['a string', 'next', false],
    ['an array', [1], false],
  ])('%s', (_, data, ok) => {
    expect(parseSyncMessage(data) !== null).toBe(ok);
  });

  it('returns a clean copy (extra fields dropped)', () => {
    const parsed = parseSyncMessage({ ...msg('a', 3, at(1)), extra: 1, state: { ...at(1), x: 2 } });
    expect(parsed).toEqual(msg('a', 3, at(1)));
  });
});

describe('the protocol', () => {
  const fresh = (id: string, state = S) => createSyncRecord(state, id);

  it('answers a hello with its state, and ignores its own hello', () => {
    const record: SyncRecord = { state: at(3), at: 100, from: 'b' };
    expect(receiveSync(record, { v: 1, kind: 'hello', from: 'new' }, 'a').send).toEqual(
      msg('b', 100, at(3)),
    );
    expect(receiveSync(record, { v: 1, kind: 'hello', from: 'a' }, 'a').send).toBeNull();
  });

  it('joins with hello and its own state', () => {
    const record: SyncRecord = { state: at(2), at: 50, from: 'a' };
    expect(joinMessages(record, 'a')).toEqual([
      { v: 1, kind: 'hello', from: 'a' },
      msg('a', 50, at(2)),
    ]);
  });

  it('adopts a newer state and records its stamp', () => {
    const result = receiveSync(fresh('a'), msg('b', 10, at(2)), 'a');
    expect(result.adopt).toEqual(at(2));
    expect(result.record).toEqual({ state: at(2), at: 10, from: 'b' });
    expect(result.send).toBeNull();
  });

  it('ignores an older state; breaks a tie by window id', () => {
    const record: SyncRecord = { state: at(4), at: 20, from: 'b' };
    expect(receiveSync(record, msg('c', 19, at(1)), 'a').adopt).toBeNull();
    expect(receiveSync(record, msg('a', 20, at(1)), 'x').adopt).toBeNull();
    expect(receiveSync(record, msg('c', 20, at(1)), 'x').adopt).toEqual(at(1));
  });

  it('takes a newer stamp of the same state without showing anything', () => {
    const result = receiveSync(fresh('a', at(2)), msg('b', 10, at(2)), 'a');
    expect(result.adopt).toBeNull();
    expect(result.record.at).toBe(10);
  });

  it('skips states the window cannot show', () => {
    const other = msg('b', 10, at(2, { scenario: 'somebody-elses-file' }));
    const result = receiveSync(fresh('a'), other, 'a', (s) => s.scenario === 'rabbit-hole');
    expect(result).toEqual({ record: fresh('a'), adopt: null, send: null });
  });

  it('stamps and sends a local change, never with an older stamp than it saw', () => {
    const seen: SyncRecord = { state: at(2), at: 500, from: 'b' };
    const result = localSyncChange(seen, at(3), 'a', 400);
    expect(result.send).toEqual(msg('a', 501, at(3)));
    expect(localSyncChange(seen, at(3), 'a', 900).record.at).toBe(900);
  });

  it('does not echo a state it just adopted', () => {
    const adopted = receiveSync(fresh('a'), msg('b', 10, at(2)), 'a').record;
    expect(localSyncChange(adopted, at(2), 'a', 11).send).toBeNull();
  });

  it('converges when two windows step at the same time', () => {
    let a = fresh('a');
    let b = fresh('b');
    const fromA = localSyncChange(a, at(1), 'a', 1000);
    const fromB = localSyncChange(b, at(2), 'b', 1000);
    a = fromA.record;
    b = fromB.record;
    const aGets = receiveSync(a, fromB.send as StateMessage, 'a');
    const bGets = receiveSync(b, fromA.send as StateMessage, 'b');
    a = aGets.record;
    b = bGets.record;
    expect(a.state).toEqual(b.state);
    expect(a.state).toEqual(at(2));
  });

  it('a late window catches up from the answer to its hello', () => {
    const talk: SyncRecord = { state: at(3, { blank: true }), at: 700, from: 'talk' };
    const presenter = fresh('presenter', at(0));
    const [hello, own] = joinMessages(presenter, 'presenter');
    const answer = receiveSync(talk, hello, 'talk').send as StateMessage;
    expect(receiveSync(talk, own, 'talk').adopt).toBeNull();
    expect(receiveSync(presenter, answer, 'presenter').adopt).toEqual(at(3, { blank: true }));
  });
});
