/**
 * The BroadcastChannel behind the sync, behind a guard: where the API is missing (old
 * browsers, some embedded web views) or refuses (an opaque origin), there is simply no sync.
 */

/** The part of BroadcastChannel the sync uses (tests pass an in-memory one). */
export interface SyncPort {
  postMessage(data: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** Opens a port by channel name; null when there is no channel to be had. */
export type SyncPortFactory = (name: string) => SyncPort | null;

/** An open channel. */
export interface SyncChannel {
  /** Sends a message to every other window on the channel (errors are swallowed). */
  post(message: unknown): void;
  /** Stops listening and closes the port. */
  close(): void;
}

/**
 * Opens a real BroadcastChannel when the browser has one.
 * @param name - the channel name
 * @returns the port, or null
 */
export const broadcastChannelPort: SyncPortFactory = (name) => {
  if (typeof globalThis.BroadcastChannel !== 'function') return null;
  try {
    return new globalThis.BroadcastChannel(name) as unknown as SyncPort;
  } catch {
    return null;
  }
};

/**
 * Opens the sync channel.
 * @param name - the channel name
 * @param onMessage - called with each message's data (from other windows only)
 * @param factory - where ports come from @default broadcastChannelPort
 * @returns the channel, or null without BroadcastChannel
 */
export function openSyncChannel(
  name: string,
  onMessage: (data: unknown) => void,
  factory: SyncPortFactory = broadcastChannelPort,
): SyncChannel | null {
  const port = factory(name);
  if (port === null) return null;
  let open = true;
  port.addEventListener('message', (event) => {
    if (open) onMessage(event.data);
  });
  return {
    post(message) {
      if (!open) return;
      try {
        port.postMessage(message);
      } catch {
        // A closed or broken channel: the other windows just stop following.
      }
    },
    close() {
      open = false;
      port.close();
    },
  };
}
