/**
 * What the rewrites of one leg did to the packet's two address fields, in order, so the
 * header can strike the old values through and highlight the new ones by who changed them.
 */
import type { Rewrite, Step } from '../sim';
import { splitConnection } from './connection';

/** A rewrite kind, as the trace spells it. */
export type RewriteKind = Rewrite['kind'];

/** One value a field held on the way through a leg's rewrites. */
export interface FieldValue {
  /** `ip:port`. */
  value: string;
  /** The rewrite that produced this value; absent for the value the field had before. */
  kind?: RewriteKind;
}

/** Both fields' histories: the last value of each is what the packet carries on the leg. */
export interface FieldChanges {
  src: FieldValue[];
  dst: FieldValue[];
}

type Field = keyof FieldChanges;

function record(
  chains: FieldChanges,
  field: Field,
  before: string,
  after: string,
  kind: RewriteKind,
) {
  const chain = chains[field];
  if (chain.length === 0) chain.push({ value: before });
  chain.push({ value: after, kind });
}

function apply(chains: FieldChanges, rewrite: Rewrite): void {
  const { kind, before, after } = rewrite;
  // DNAT rewrites the destination, SNAT the source (also on reply legs, where conntrack undoes them).
  if (kind === 'DNAT') record(chains, 'dst', before, after, kind);
  else if (kind === 'SNAT') record(chains, 'src', before, after, kind);
  else {
    const from = splitConnection(before);
    const to = splitConnection(after);
    if (from === undefined || to === undefined) return;
    record(chains, 'src', from.src, to.src, kind);
    record(chains, 'dst', from.dst, to.dst, kind);
  }
}

/**
 * Follows a leg's rewrites field by field.
 * @param leg - the leg
 * @returns per field, the value before the first rewrite that touched it, then each new
 *   value with the kind that made it; an untouched field has one entry, the packet's value
 */
export function fieldChanges(leg: Step): FieldChanges {
  const chains: FieldChanges = { src: [], dst: [] };
  for (const rewrite of leg.rewrites) apply(chains, rewrite);
  for (const field of ['src', 'dst'] as const) {
    const chain = chains[field];
    const last = chain[chain.length - 1];
    if (last === undefined || last.value !== leg.packet[field]) {
      chain.push({ value: leg.packet[field] });
    }
  }
  return chains;
}
