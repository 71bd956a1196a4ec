import './diagram.css';

/** Props of {@link DiagramLegend}. */
export interface DiagramLegendProps {
  /** Extra CSS class on the list. */
  className?: string;
  /** Accessible name of the list. @default `Diagram key` */
  label?: string;
}

const REWRITES = [
  { kind: 'dnat', name: 'DNAT', text: 'destination rewritten' },
  { kind: 'snat', name: 'SNAT', text: 'source rewritten' },
  { kind: 'proxy', name: 'proxy', text: 'new connection (L7 proxy)' },
] as const;

/**
 * A small key to the diagram's marks, for the app's side panel: the colours of the three
 * translations, the request and reply trails, a hop badge and the acting-entity ring.
 * @param props - {@link DiagramLegendProps}
 */
export function DiagramLegend({ className, label = 'Diagram key' }: DiagramLegendProps) {
  return (
    <ul className={`pw-legend${className ? ` ${className}` : ''}`} aria-label={label}>
      {REWRITES.map(({ kind, name, text }) => (
        <li key={kind} className="pw-legend-item">
          <svg className="pw-legend-swatch" viewBox="0 0 56 20" aria-hidden="true">
            <rect
              className={`pw-packet-band pw-packet-band--${kind}`}
              width="56"
              height="20"
              rx="3"
            />
            <text
              className={`pw-packet-value pw-packet-value--${kind}`}
              x="28"
              y="15"
              fontSize="13"
              textAnchor="middle"
            >
              {name}
            </text>
          </svg>
          <span>{text}</span>
        </li>
      ))}
      <li className="pw-legend-item">
        <svg className="pw-legend-swatch" viewBox="0 0 56 20" aria-hidden="true">
          <path className="pw-trail pw-trail--request" d="M4,7H52" strokeWidth="4" />
          <path
            className="pw-trail pw-trail--reply"
            d="M4,15H52"
            strokeWidth="4"
            strokeDasharray="10 7"
          />
        </svg>
        <span>request trail / reply trail</span>
      </li>
      <li className="pw-legend-item">
        <svg className="pw-legend-swatch" viewBox="0 0 56 20" aria-hidden="true">
          <circle className="pw-hop-disc" cx="28" cy="10" r="9" />
          <text className="pw-hop-number" x="28" y="14.5" fontSize="12" textAnchor="middle">
            1
          </text>
        </svg>
        <span>hop, counted from the load balancer</span>
      </li>
      <li className="pw-legend-item">
        <svg className="pw-legend-swatch" viewBox="0 0 56 20" aria-hidden="true">
          <rect className="pw-legend-ring" x="10" y="2" width="36" height="16" rx="4" />
        </svg>
        <span>rewrote the packet on this step</span>
      </li>
    </ul>
  );
}
