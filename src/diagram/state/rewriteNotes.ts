/**
 * The rewrites of a step, grouped by the entity that made them (DOMAIN.md §10: NAT events are
 * shown on the node that performs them), one row per packet field changed.
 */
import type { Rewrite, RewriteBy, Trace } from '../../sim';
import { rewriteFields } from '../packetFields';

/** One changed field. */
export interface RewriteRow {
  /** The translation (DNAT, SNAT, proxy). */
  kind: Rewrite['kind'];
  /** The packet field it changed. */
  field: 'src' | 'dst';
  /** `ip:port` before and after. */
  before: string;
  after: string;
}

/** The rewrites one entity made before a leg. */
export interface RewriteNote {
  /** Entity id where they happened. */
  at: string;
  /** The component that rewrote, as the trace names it. */
  by: RewriteBy;
  /** Reply leg: the translations are undone (conntrack). */
  undo: boolean;
  /** One row per changed field, in order. */
  rows: RewriteRow[];
}

function rows(rewrite: Rewrite): RewriteRow[] {
  const { kind } = rewrite;
  return rewriteFields(rewrite).map(({ field, before, after }) => ({ kind, field, before, after }));
}

/**
 * The notes of a step: per acting entity, in the order they acted.
 * @param trace - the walk
 * @param step - 0..steps.length
 * @returns notes (empty at step 0 and on legs without rewrites); unchanged fields are left out
 */
export function rewriteNotes(trace: Pick<Trace, 'steps'>, step: number): RewriteNote[] {
  const leg = step > 0 ? trace.steps[step - 1] : undefined;
  const notes: RewriteNote[] = [];
  for (const rewrite of leg?.rewrites ?? []) {
    let note = notes.find((n) => n.at === rewrite.at);
    if (!note) {
      note = { at: rewrite.at, by: rewrite.by, undo: rewrite.undo === true, rows: [] };
      notes.push(note);
    }
    note.rows.push(...rows(rewrite).filter((row) => row.before !== row.after));
  }
  return notes.filter((note) => note.rows.length > 0);
}

/**
 * The heading of a note: who rewrote, and whether it undid a translation.
 * @param note - the note
 * @returns e.g. `kube-proxy (iptables)`, or `conntrack reverses the NAT` on the way back (§6)
 */
export function noteHeading(note: RewriteNote): string {
  if (note.by === 'ingress controller') {
    return note.undo ? 'nginx relays the reply' : 'nginx opens a new connection';
  }
  if (!note.undo) return note.by;
  return note.by === 'cloud load balancer'
    ? 'cloud load balancer reverses its NAT'
    : 'conntrack reverses the NAT';
}
