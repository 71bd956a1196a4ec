import './RewriteList.css';
import type { Rewrite } from '../sim';
import { ConnectionText } from './ConnectionText';
import { KindBadge } from './KindBadge';

/** Props of {@link RewriteItem}. */
export interface RewriteItemProps {
  /** The rewrite. */
  rewrite: Rewrite;
}

const FIELD: Record<Rewrite['kind'], string> = {
  DNAT: 'destination',
  SNAT: 'source',
  proxy: 'connection',
};

function ProxyChange({ rewrite }: RewriteItemProps) {
  return (
    <dl className="pw-rewrite__connections">
      <div>
        <dt>{rewrite.undo ? 'Answer arrives on' : 'Arrives on'}</dt>
        <dd>
          <ConnectionText text={rewrite.before} />
        </dd>
      </div>
      <div>
        <dt>{rewrite.undo ? 'Relayed onto' : 'New connection'}</dt>
        <dd>
          <ConnectionText text={rewrite.after} />
        </dd>
      </div>
    </dl>
  );
}

function AddressChange({ rewrite }: RewriteItemProps) {
  return (
    <p className="pw-rewrite__change">
      <span className="pw-rewrite__field">{FIELD[rewrite.kind]}</span>{' '}
      <code className="pw-addr">{rewrite.before}</code>
      <span className="pw-arrow" aria-hidden="true">
        →
      </span>
      <span className="pw-visually-hidden"> becomes </span>
      <code className="pw-addr pw-addr--strong">{rewrite.after}</code>
    </p>
  );
}

/**
 * One rewrite: kind badge, before → after (a proxy shows its two connections), who made it
 * and where, and an undo marker on reply legs (conntrack reversing a request rewrite).
 * @param props - See {@link RewriteItemProps}.
 * @returns The list item.
 */
export function RewriteItem({ rewrite }: RewriteItemProps) {
  const kind = rewrite.kind.toLowerCase();
  return (
    <li className={`pw-rewrite pw-rewrite--${kind}`}>
      <div className="pw-rewrite__head">
        <KindBadge kind={rewrite.kind} />
        {rewrite.undo ? (
          <span className="pw-undo" title="Reverses a rewrite of the request (conntrack)">
            <span aria-hidden="true">↩ </span>undo
          </span>
        ) : null}
        <span className="pw-rewrite__by">{`${rewrite.by} on ${rewrite.at}`}</span>
      </div>
      {rewrite.kind === 'proxy' ? (
        <ProxyChange rewrite={rewrite} />
      ) : (
        <AddressChange rewrite={rewrite} />
      )}
    </li>
  );
}
