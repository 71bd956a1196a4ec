import { FORMAT_ENTRIES } from './formats';
import type { ExportJob } from './useExportJob';

/** Props of {@link ExportStatus}. */
export interface ExportStatusProps {
  /** The export job. */
  job: ExportJob;
  /** Cancel pressed while running. */
  onCancel: () => void;
  /** Close pressed on a finished or failed job. */
  onDismiss: () => void;
}

function formatLabel(format: string): string {
  return FORMAT_ENTRIES.find((e) => e.format === format)?.label ?? format.toUpperCase();
}

/**
 * The export's status under the header: a progress bar and Cancel while it runs, then the
 * saved file's name or what went wrong. Announced politely to screen readers.
 * @param props - {@link ExportStatusProps}
 */
export function ExportStatus({ job, onCancel, onDismiss }: ExportStatusProps) {
  if (job.status === 'idle') return null;
  const name = formatLabel(job.format);
  return (
    <div className="pw-export-status" data-export-status={job.status} role="status">
      {job.status === 'running' ? (
        <>
          <span className="pw-export-status__text">
            Exporting {name}… {job.progress.label}
          </span>
          <progress
            className="pw-export-status__bar"
            aria-label={`Exporting ${name}`}
            max={1}
            value={job.progress.fraction}
          />
          <button type="button" className="pw-button" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <>
          <span className="pw-export-status__text">
            {job.status === 'done'
              ? `Saved ${job.fileName}`
              : `${name} export failed: ${job.message}`}
          </span>
          <button type="button" className="pw-button" onClick={onDismiss}>
            Close
          </button>
        </>
      )}
    </div>
  );
}
