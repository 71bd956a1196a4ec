import './base.css';
import { splitConnection } from './connection';

/** Props of {@link ConnectionText}. */
export interface ConnectionTextProps {
  /** `"src -> dst"`, as a proxy rewrite carries it. */
  text: string;
}

/**
 * One TCP connection as its two `ip:port` ends. The `->` stays in the text, so the whole
 * connection reads (and copies, and matches) exactly as the trace spells it.
 * @param props - See {@link ConnectionTextProps}.
 * @returns The connection, inline.
 */
export function ConnectionText({ text }: ConnectionTextProps) {
  const ends = splitConnection(text);
  if (ends === undefined) return <code className="pw-addr">{text}</code>;
  return (
    <span className="pw-connection">
      <code className="pw-addr">{ends.src}</code>
      <span className="pw-connection__arrow">{' -> '}</span>
      <code className="pw-addr">{ends.dst}</code>
    </span>
  );
}
