/**
 * Strict reading of what arrives on the channel: any other page of the origin can post there,
 * so every field is checked and anything malformed is dropped.
 */
import type { SyncMessage, SyncState } from './syncTypes';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function parseState(v: unknown): SyncState | null {
  if (!isObject(v)) return null;
  const { scenario, model, reply, step, blank } = v;
  if (typeof scenario !== 'string' || scenario.length === 0 || scenario.length > 253) return null;
  if (model !== 'real' && model !== 'naive') return null;
  if (typeof reply !== 'boolean' || typeof blank !== 'boolean' || !isCount(step)) return null;
  return { scenario, model, reply, step, blank };
}

/**
 * Reads a message from the channel; anything malformed is rejected.
 * @param data - `MessageEvent.data`
 * @returns the message, or null
 */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (!isObject(data) || data.v !== 1 || !isId(data.from)) return null;
  if (data.kind === 'hello') return { v: 1, kind: 'hello', from: data.from };
  if (data.kind !== 'state' || typeof data.at !== 'number' || !Number.isFinite(data.at)) {
    return null;
  }
  const state = parseState(data.state);
  if (state === null || data.at < 0) return null;
  return { v: 1, kind: 'state', from: data.from, at: data.at, state };
}
