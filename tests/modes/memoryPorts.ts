/**
 * An in-memory stand-in for BroadcastChannel: every port of a name hears what the others
 * post (not itself), a microtask later and as a structured clone, as the real one does.
 */
import type { SyncPort, SyncPortFactory } from '../../src/modes';

/** A port the test holds itself, with everything it received. */
export interface TestPort extends SyncPort {
  received: unknown[];
}

/** A set of linked ports. */
export interface MemoryPorts {
  /** Pass to `useTalkSync` / `<App syncPorts>`. */
  factory: SyncPortFactory;
  /** Opens a port for the test (another "window"). */
  open(name?: string): TestPort;
  /** How many ports are open. */
  openCount(): number;
}

/**
 * Creates linked ports.
 * @returns the factory and a way to join in
 */
export function createMemoryPorts(): MemoryPorts {
  const ports = new Set<{
    name: string;
    port: TestPort;
    listeners: Set<(e: { data: unknown }) => void>;
  }>();
  const make = (name: string): TestPort => {
    const listeners = new Set<(e: { data: unknown }) => void>();
    const entry = { name, listeners, port: undefined as unknown as TestPort };
    const port: TestPort = {
      received: [],
      postMessage(data) {
        const copy = structuredClone(data);
        for (const other of ports) {
          if (other === entry || other.name !== name) continue;
          queueMicrotask(() => {
            if (!ports.has(other)) return;
            other.port.received.push(copy);
            for (const listener of other.listeners) listener({ data: copy });
          });
        }
      },
      addEventListener(_type, listener) {
        listeners.add(listener);
      },
      close() {
        ports.delete(entry);
      },
    };
    entry.port = port;
    ports.add(entry);
    return port;
  };
  return {
    factory: (name) => make(name),
    open: (name = 'packetwalk') => make(name),
    openCount: () => ports.size,
  };
}
