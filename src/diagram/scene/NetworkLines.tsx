import type { BusLine, LinkLine } from '../../layout';
import { SceneText } from './SceneText';

/** Props of {@link NetworkLines}. */
export interface NetworkLinesProps {
  /** The static links. */
  links: LinkLine[];
  /** One bus per row of nodes. */
  buses: BusLine[];
}

/**
 * The wiring: the internet link (dashed), uplinks, node links, the trunk, and one bus per row
 * of nodes (the first one labelled `node network`).
 * @param props - {@link NetworkLinesProps}
 */
export function NetworkLines({ links, buses }: NetworkLinesProps) {
  return (
    <g className="pw-network">
      {links.map((link) => (
        <path key={link.id} className={`pw-link pw-link--${link.kind}`} d={link.d} />
      ))}
      {buses.map((bus) => (
        <g key={bus.id}>
          <path className="pw-bus" d={bus.d} />
          {bus.label ? <SceneText line={bus.label} className="pw-bus-label" /> : null}
        </g>
      ))}
    </g>
  );
}
