/**
 * What the packet card shows while a step is shown: the leg's `src` and `dst`, and for each
 * field a rewrite changed its old value, the translation that set it and any values between.
 */
import type { Rewrite, Trace } from '../sim';

/** A packet field that a rewrite changed before this leg. */
export interface FieldChange {
  /** Value on the previous leg (`ip:port`). */
  before: string;
  /** Value on this leg (`ip:port`). */
  after: string;
  /** The last translation that set it: DNAT (dst), SNAT (src) or proxy (both). */
  kind: Rewrite['kind'];
  /** Values in between when several rewrites touched the field (e.g. proxy, then DNAT). */
  through: string[];
}

/** What the packet card shows while a step is shown. */
export interface PacketFields {
  /** Source `ip:port` on this leg. */
  src: string;
  /** Destination `ip:port` on this leg. */
  dst: string;
  /** The fields the leg's rewrites changed, with their old values. */
  changed: { src?: FieldChange; dst?: FieldChange };
}

/**
 * The `src` and `dst` of a proxy rewrite's connection text `"src -> dst"`.
 * @param text - e.g. `10.244.1.5:38011 -> 10.244.2.7:8080`
 * @returns both ends, or `null` when the text is not of that shape
 */
export function splitConnection(text: string): { src: string; dst: string } | null {
  const parts = text.split('->').map((s) => s.trim());
  const [src, dst] = parts;
  return parts.length === 2 && src && dst ? { src, dst } : null;
}

/** One packet field a rewrite set: its value before and after. */
export interface FieldRewrite {
  field: 'src' | 'dst';
  before: string;
  after: string;
}

/**
 * The packet fields one rewrite set: DNAT the destination, SNAT the source, a proxy both (a
 * new connection).
 * @param rewrite - the rewrite
 * @returns per field its value before and after (possibly equal); none for an unreadable proxy
 */
export function rewriteFields(rewrite: Rewrite): FieldRewrite[] {
  const { kind, before, after } = rewrite;
  if (kind === 'DNAT') return [{ field: 'dst', before, after }];
  if (kind === 'SNAT') return [{ field: 'src', before, after }];
  const from = splitConnection(before);
  const to = splitConnection(after);
  if (!from || !to) return [];
  return [
    { field: 'src', before: from.src, after: to.src },
    { field: 'dst', before: from.dst, after: to.dst },
  ];
}

/**
 * The packet shown while `step` is shown, and which fields its rewrites changed.
 * @param trace - the walk
 * @param step - 0..steps.length; 0 shows leg 1's packet, unchanged
 * @returns the leg's `src`/`dst`, and per changed field its old, new and in-between values
 */
export function packetFieldsAt(trace: Pick<Trace, 'steps'>, step: number): PacketFields {
  const leg = trace.steps[Math.max(0, Math.min(trace.steps.length, step) - 1)];
  if (!leg) return { src: '', dst: '', changed: {} };
  const { src, dst } = leg.packet;
  if (step <= 0) return { src, dst, changed: {} };
  const changed: PacketFields['changed'] = {};
  for (const rewrite of leg.rewrites) {
    for (const { field, before, after } of rewriteFields(rewrite)) {
      if (before === after) continue;
      const seen = changed[field];
      if (seen) {
        seen.through.push(seen.after);
        seen.after = after;
        seen.kind = rewrite.kind;
      } else changed[field] = { before, after, kind: rewrite.kind, through: [] };
    }
  }
  // The leg's packet is the truth; a chain that ends elsewhere still lands on it.
  for (const field of ['src', 'dst'] as const) {
    const change = changed[field];
    if (change && change.after !== leg.packet[field]) change.after = leg.packet[field];
    if (change && change.before === change.after) delete changed[field];
  }
  return { src, dst, changed };
}
