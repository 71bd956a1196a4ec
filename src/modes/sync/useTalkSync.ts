import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { createWallClock, createWindowId, type WallClock } from '../clock';
import { parseSyncMessage } from './parseSyncMessage';
import { openSyncChannel, type SyncChannel, type SyncPortFactory } from './syncChannel';
import { createSyncRecord, joinMessages, localSyncChange, receiveSync } from './syncProtocol';
import { SYNC_CHANNEL, type SyncRecord, type SyncState } from './syncTypes';

/** Options of {@link useTalkSync}. */
export interface TalkSyncOptions {
  /** Take part (talk and presenter windows); off, changes are still stamped, not sent. */
  enabled: boolean;
  /** What this window shows now. */
  state: SyncState;
  /** Another window changed the shared state: show it. */
  onAdopt: (state: SyncState) => void;
  /** Whether this window can show a state (e.g. knows its scenario). @default always */
  accepts?: (state: SyncState) => boolean;
  /** Stamps changes. @default createWallClock() */
  clock?: WallClock;
  /** Where the channel comes from (read once). @default a BroadcastChannel, when there is one */
  portFactory?: SyncPortFactory;
  /** This window's id (read once). @default a random one */
  id?: string;
}

/** What {@link useTalkSync} returns. */
export interface TalkSync {
  /** False when the channel could not be opened (no BroadcastChannel): nothing syncs. */
  available: boolean;
}

/**
 * Keeps this window in step with the other windows of the talk (see syncProtocol.ts): a local
 * change is broadcast, a newer change from elsewhere is handed to `onAdopt`, and on joining the
 * window asks the others for their state. Without BroadcastChannel it does nothing.
 * @param options - See {@link TalkSyncOptions}.
 * @returns Whether syncing is possible here.
 */
export function useTalkSync(options: TalkSyncOptions): TalkSync {
  const { enabled, state } = options;
  const [self] = useState(() => options.id ?? createWindowId());
  const [clock] = useState(() => options.clock ?? createWallClock());
  const [factory] = useState(() => options.portFactory);
  const record = useRef<SyncRecord | null>(null);
  const channel = useRef<SyncChannel | null>(null);
  const [available, setAvailable] = useState(true);

  const onMessage = useEffectEvent((data: unknown) => {
    const message = parseSyncMessage(data);
    if (message === null || record.current === null) return;
    const result = receiveSync(record.current, message, self, options.accepts);
    record.current = result.record;
    if (result.send !== null) channel.current?.post(result.send);
    if (result.adopt !== null) options.onAdopt(result.adopt);
  });

  // Declared before the channel effect: the record exists before the window joins.
  const { scenario, model, reply, step, blank } = state;
  useEffect(() => {
    const now: SyncState = { scenario, model, reply, step, blank };
    if (record.current === null) {
      record.current = createSyncRecord(now, self);
      return;
    }
    const result = localSyncChange(record.current, now, self, clock.now());
    record.current = result.record;
    if (result.send !== null) channel.current?.post(result.send);
  }, [scenario, model, reply, step, blank, self, clock]);

  useEffect(() => {
    if (!enabled) return;
    const opened = openSyncChannel(SYNC_CHANNEL, (data) => onMessage(data), factory);
    setAvailable(opened !== null);
    if (opened === null) return;
    channel.current = opened;
    if (record.current !== null) for (const m of joinMessages(record.current, self)) opened.post(m);
    return () => {
      opened.close();
      if (channel.current === opened) channel.current = null;
    };
  }, [enabled, factory, self]);
  return { available };
}
