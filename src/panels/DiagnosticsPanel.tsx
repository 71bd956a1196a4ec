import './DiagnosticsPanel.css';
import { useId } from 'react';
import { type DiagnosticsReport, formatDiagnosticEntry } from './diagnostics';

/** Props of {@link DiagnosticsPanel}. */
export interface DiagnosticsPanelProps {
  /** What went wrong. */
  report: DiagnosticsReport;
  /** Shows a Dismiss button that calls this. */
  onDismiss?: () => void;
  /** Extra class on the root. */
  className?: string;
}

/**
 * Problems as `file:line:col: message` lines, rendered as text (a scenario's own words are
 * never markup), with what stays on screen meanwhile (the last good diagram).
 * @param props - See {@link DiagnosticsPanelProps}.
 * @returns The alert.
 */
export function DiagnosticsPanel({ report, onDismiss, className }: DiagnosticsPanelProps) {
  const headingId = useId();
  return (
    <section
      role="alert"
      aria-labelledby={headingId}
      className={className ? `pw-diagnostics ${className}` : 'pw-diagnostics'}
    >
      <div className="pw-diagnostics__header">
        <h2 id={headingId} className="pw-diagnostics__title">
          {report.title}
        </h2>
        {onDismiss ? (
          <button type="button" className="pw-diagnostics__dismiss" onClick={onDismiss}>
            Dismiss
          </button>
        ) : null}
      </div>
      <ul className="pw-diagnostics__list">
        {report.entries.map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same line may be reported twice
          <li key={i} className="pw-diagnostics__entry">
            <code>{formatDiagnosticEntry(entry)}</code>
          </li>
        ))}
      </ul>
      {report.note ? <p className="pw-diagnostics__note">{report.note}</p> : null}
    </section>
  );
}
