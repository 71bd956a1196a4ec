/**
 * The timeline of one leg, as pure functions of the player's `progress` (0..1): a rewrite
 * phase at the `from` entity (the packet waits while its fields change), then the travel.
 * The diagram samples these every frame through motion values; tests sample them by hand.
 */
import type { Rewrite, Step, Trace } from '../sim';

/** Share of a leg's progress spent on the rewrite moment, when the leg has rewrites. */
export const REWRITE_SHARE = 0.4;

/** How one leg's progress is split. */
export interface LegTimeline {
  /** Progress at which the rewrite phase ends and the packet leaves (0: no rewrite phase). */
  rewriteEnd: number;
}

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

function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/**
 * Cubic ease-in-out: slow start, fast middle, slow landing.
 * @param t - 0..1 (clamped)
 * @returns eased 0..1
 */
export function easeInOutCubic(t: number): number {
  const x = clamp01(t);
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/**
 * The timeline of a leg: legs with rewrites start with a rewrite phase.
 * @param step - the trace step of the leg, or `undefined` (step 0: nothing travels)
 * @returns where the rewrite phase ends
 */
export function legTimeline(step: Step | undefined): LegTimeline {
  return { rewriteEnd: step && step.rewrites.length > 0 ? REWRITE_SHARE : 0 };
}

/**
 * How far along its route the packet is.
 * @param p - the leg's progress, 0..1
 * @param timeline - from {@link legTimeline}
 * @returns 0 during the rewrite phase, then 0..1 eased (easeInOut cubic) over the travel
 */
export function travelT(p: number, timeline: LegTimeline): number {
  const start = timeline.rewriteEnd;
  const x = clamp01(p);
  if (x <= start) return 0;
  return easeInOutCubic((x - start) / (1 - start));
}

/**
 * How far the rewrite moment is.
 * @param p - the leg's progress, 0..1
 * @param timeline - from {@link legTimeline}
 * @returns 0..1 over the rewrite phase; 1 when the leg has none
 */
export function rewritePhase(p: number, timeline: LegTimeline): number {
  if (timeline.rewriteEnd <= 0) return 1;
  return clamp01(clamp01(p) / timeline.rewriteEnd);
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

// Field changes of one rewrite: DNAT rewrites dst, SNAT src, a proxy both (a new connection).
function fieldChanges(rewrite: Rewrite): Array<['src' | 'dst', string, string]> {
  if (rewrite.kind === 'DNAT') return [['dst', rewrite.before, rewrite.after]];
  if (rewrite.kind === 'SNAT') return [['src', rewrite.before, rewrite.after]];
  const before = splitConnection(rewrite.before);
  const after = splitConnection(rewrite.after);
  if (!before || !after) return [];
  return [
    ['src', before.src, after.src],
    ['dst', before.dst, after.dst],
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
    for (const [field, before, after] of fieldChanges(rewrite)) {
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
