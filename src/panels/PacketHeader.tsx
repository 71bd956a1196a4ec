import './PacketHeader.css';
import type { Trace } from '../sim';
import { AddressChain } from './AddressChain';
import { fieldChanges } from './fieldChanges';
import { legAt } from './legs';
import { PanelSection } from './PanelSection';

/** Props of {@link PacketHeader}. */
export interface PacketHeaderProps {
  /** The walk. */
  trace: Trace;
  /** The player step, 0..steps.length (0: the packet waits at the client). */
  step: number;
  /** Extra class on the panel. */
  className?: string;
}

const FIELDS = [
  { field: 'src', label: 'Source' },
  { field: 'dst', label: 'Destination' },
] as const;

/**
 * The current packet's source and destination (`ip:port`). A field that a rewrite of this
 * leg changed shows its old value struck through and the new one highlighted, coloured by
 * DNAT / SNAT / proxy. At step 0 it shows the packet about to be sent.
 * @param props - See {@link PacketHeaderProps}.
 * @returns The panel.
 */
export function PacketHeader({ trace, step, className }: PacketHeaderProps) {
  const leg = legAt(trace, step) ?? trace.steps[0];
  const waiting = step < 1;
  const changes = leg ? fieldChanges(leg) : undefined;
  const caption = waiting
    ? 'About to leave the client'
    : `On leg ${step}${leg?.direction === 'reply' ? ' (reply)' : ''}`;
  return (
    <PanelSection
      title="Packet"
      className={className ? `pw-packethead ${className}` : 'pw-packethead'}
    >
      {changes === undefined ? (
        <p className="pw-empty">This walk has no legs.</p>
      ) : (
        <>
          <p className="pw-packethead__caption">{caption}</p>
          <dl className="pw-packethead__fields">
            {FIELDS.map(({ field, label }) => (
              <div key={field} className="pw-packethead__field">
                <dt title={field}>{label}</dt>
                <dd>
                  <AddressChain
                    values={waiting ? [{ value: leg?.packet[field] ?? '' }] : changes[field]}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </PanelSection>
  );
}
