/**
 * The data of the sync protocol (see syncProtocol.ts): the shared state, the messages on the
 * channel, and a window's record of the last change.
 */

/** The name of the BroadcastChannel (messages carry the scenario). */
export const SYNC_CHANNEL = 'packetwalk';

/** What the windows share. */
export interface SyncState {
  /** `metadata.name` of the scenario shown. */
  scenario: string;
  model: 'real' | 'naive';
  reply: boolean;
  /** The player step, 0..stepCount. */
  step: number;
  /** The audience screen is blanked (B). */
  blank: boolean;
}

/** A window announcing itself: the others answer with their state. */
export interface HelloMessage {
  v: 1;
  kind: 'hello';
  from: string;
}

/** A window's state and its stamp. */
export interface StateMessage {
  v: 1;
  kind: 'state';
  /** The window that made the change (not necessarily the sender: answers relay it). */
  from: string;
  /** When the state was last changed (epoch ms); 0 = never changed since the window opened. */
  at: number;
  state: SyncState;
}

/** Everything sent on the channel. */
export type SyncMessage = HelloMessage | StateMessage;

/** A window's view of the shared state. */
export interface SyncRecord {
  state: SyncState;
  /** Stamp of the last change. */
  at: number;
  /** Window that made it. */
  from: string;
}

/** What to do after an event. */
export interface SyncStep {
  /** The record from now on. */
  record: SyncRecord;
  /** Show this state (another window changed it), or null. */
  adopt: SyncState | null;
  /** Post this message, or null. */
  send: SyncMessage | null;
}
