import './base.css';
import type { FieldValue } from './fieldChanges';

/** Props of {@link AddressChain}. */
export interface AddressChainProps {
  /** The values a field held, oldest first (see `fieldChanges`). */
  values: FieldValue[];
}

function Old({ value }: { value: string }) {
  return (
    <>
      <span className="pw-visually-hidden">was </span>
      <s className="pw-addr pw-addr--old">{value}</s>
      <span className="pw-arrow" aria-hidden="true">
        →
      </span>
    </>
  );
}

function Current({ entry }: { entry: FieldValue }) {
  if (entry.kind === undefined) return <code className="pw-addr">{entry.value}</code>;
  return (
    <>
      <span className="pw-visually-hidden">{`now, after ${entry.kind}: `}</span>
      <mark className={`pw-addr pw-addr--new pw-tint--${entry.kind.toLowerCase()}`}>
        {entry.value}
      </mark>
    </>
  );
}

/**
 * One address field: earlier values struck through, the current one highlighted in the
 * colour of the rewrite that set it (or plain when nothing changed it).
 * @param props - See {@link AddressChainProps}.
 * @returns The values, inline.
 */
export function AddressChain({ values }: AddressChainProps) {
  const current = values[values.length - 1];
  if (current === undefined) return null;
  return (
    <span className="pw-chain">
      {values.slice(0, -1).map((v, i) => (
        // Position is the identity here: the same address may appear twice.
        // biome-ignore lint/suspicious/noArrayIndexKey: values have no other stable id
        <Old key={i} value={v.value} />
      ))}
      <Current entry={current} />
    </span>
  );
}
