/**
 * One export at a time: loads the export code on first use, runs the export with an
 * AbortController, reports progress, and saves the file when it is ready.
 */
import { useEffect, useRef, useState } from 'react';
import { loadExportKit } from '../loadExportKit';
import type { ExportFormat, ExportProgress, ExportSource } from '../types';
import { saveFile } from './saveFile';

/** Where the export stands. */
export type ExportJob =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; progress: ExportProgress }
  | { status: 'done'; format: ExportFormat; fileName: string }
  | { status: 'failed'; format: ExportFormat; message: string };

/** The job and what can be done with it. */
export interface ExportJobControl {
  job: ExportJob;
  /** Starts an export (ignored while one runs). */
  start(format: ExportFormat, source: ExportSource): void;
  /** Cancels the running export. */
  cancel(): void;
  /** Clears a finished or failed job's message. */
  dismiss(): void;
}

const STARTING: ExportProgress = { fraction: 0, label: 'Loading the exporter' };

/**
 * The export job of the menu.
 * @returns the job and its controls
 */
export function useExportJob(): ExportJobControl {
  const [job, setJob] = useState<ExportJob>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const start = (format: ExportFormat, source: ExportSource) => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setJob({ status: 'running', format, progress: STARTING });
    const onProgress = (progress: ExportProgress) => {
      if (!abort.signal.aborted) setJob({ status: 'running', format, progress });
    };
    loadExportKit()
      .then((kit) => kit.runExport(format, source, { signal: abort.signal, onProgress }))
      .then((result) => {
        abort.signal.throwIfAborted();
        saveFile(result);
        setJob({ status: 'done', format, fileName: result.fileName });
      })
      .catch((error: unknown) => {
        // Cancelled: whatever the export threw on its way out, nothing to report.
        if (abort.signal.aborted) setJob({ status: 'idle' });
        else
          setJob({
            status: 'failed',
            format,
            message: error instanceof Error ? error.message : String(error),
          });
      })
      .finally(() => {
        if (controller.current === abort) controller.current = null;
      });
  };
  return {
    job,
    start,
    cancel: () => controller.current?.abort(),
    dismiss: () => setJob((j) => (j.status === 'running' ? j : { status: 'idle' })),
  };
}
