/**
 * The protocol that keeps the windows of one talk in step (talk mode on the projector, the
 * presenter view on the laptop) over a BroadcastChannel. Pure: messages in, decisions out.
 *
 * Every window keeps a {@link SyncRecord}: the state it shows, stamped with when (epoch ms,
 * shared by all windows of a browser) and by whom it was last changed. A change made here is
 * stamped and broadcast; a received state is adopted when its stamp is newer (ties go to the
 * larger window id), so all windows converge on the last change made anywhere. A window that
 * opens says `hello`; every other window answers with its state, so it catches up.
 */

import type {
  HelloMessage,
  StateMessage,
  SyncMessage,
  SyncRecord,
  SyncState,
  SyncStep,
} from './syncTypes';

/**
 * Compares two shared states field by field.
 * @param a - one state
 * @param b - the other
 * @returns true when they show the same thing
 */
export function sameSyncState(a: SyncState, b: SyncState): boolean {
  return (
    a.scenario === b.scenario &&
    a.model === b.model &&
    a.reply === b.reply &&
    a.step === b.step &&
    a.blank === b.blank
  );
}

/**
 * The record of a window that just opened (its state never changed: stamp 0).
 * @param state - what it shows
 * @param self - its id
 * @returns the record
 */
export function createSyncRecord(state: SyncState, self: string): SyncRecord {
  return { state, at: 0, from: self };
}

/**
 * The messages a window sends when it joins (or rejoins) the channel: hello, and its state
 * (which may be newer than the others', e.g. after a change made while not in talk mode).
 * @param record - its record
 * @param self - its id
 * @returns hello first, then the state
 */
export function joinMessages(record: SyncRecord, self: string): [HelloMessage, StateMessage] {
  return [{ v: 1, kind: 'hello', from: self }, stateMessage(record)];
}

function stateMessage(record: SyncRecord): StateMessage {
  return { v: 1, kind: 'state', from: record.from, at: record.at, state: record.state };
}

function newer(message: StateMessage, record: SyncRecord): boolean {
  return message.at > record.at || (message.at === record.at && message.from > record.from);
}

/**
 * A message arrived from another window.
 * @param record - this window's record
 * @param message - the message
 * @param self - this window's id
 * @param accepts - whether this window can show a state (e.g. it knows the scenario)
 * @returns the new record, what to show, what to answer
 */
export function receiveSync(
  record: SyncRecord,
  message: SyncMessage,
  self: string,
  accepts: (state: SyncState) => boolean = () => true,
): SyncStep {
  const none: SyncStep = { record, adopt: null, send: null };
  if (message.kind === 'hello') {
    return message.from === self ? none : { record, adopt: null, send: stateMessage(record) };
  }
  if (!newer(message, record) || !accepts(message.state)) return none;
  const next: SyncRecord = { state: message.state, at: message.at, from: message.from };
  const adopt = sameSyncState(message.state, record.state) ? null : next.state;
  return { record: next, adopt, send: null };
}

/**
 * This window's state changed (a key, a button, autoplay): stamp it and tell the others.
 * A state equal to the record (one just adopted) is not a change.
 * @param record - this window's record
 * @param state - what it shows now
 * @param self - its id
 * @param now - the time (epoch ms)
 * @returns the new record and the message to post
 */
export function localSyncChange(
  record: SyncRecord,
  state: SyncState,
  self: string,
  now: number,
): SyncStep {
  if (sameSyncState(record.state, state)) return { record, adopt: null, send: null };
  const next: SyncRecord = { state, at: Math.max(now, record.at + 1), from: self };
  return { record: next, adopt: null, send: stateMessage(next) };
}
