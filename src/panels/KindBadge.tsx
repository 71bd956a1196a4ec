import './base.css';
import type { RewriteKind } from './fieldChanges';

/** Props of {@link KindBadge}. */
export interface KindBadgeProps {
  /** The rewrite kind. */
  kind: RewriteKind;
}

const TITLES: Record<RewriteKind, string> = {
  DNAT: 'Destination NAT: the destination address is rewritten',
  SNAT: 'Source NAT: the source address is rewritten',
  proxy: 'Proxy: a new connection is opened',
};

/**
 * A rewrite kind as a coloured badge that also spells the kind out (never colour alone).
 * @param props - See {@link KindBadgeProps}.
 * @returns The badge.
 */
export function KindBadge({ kind }: KindBadgeProps) {
  return (
    <span className={`pw-kind pw-kind--${kind.toLowerCase()}`} title={TITLES[kind]}>
      {kind}
    </span>
  );
}
