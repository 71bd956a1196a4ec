/**
 * Problems to show in the diagnostics panel: loader diagnostics tied to a file, and the
 * app's own messages (an unknown `?scenario=`), as data the panel renders as text.
 */

/** One line of the panel. */
export interface DiagnosticEntry {
  /** The file it is about; absent for a message about the app itself. */
  file?: string;
  /** 1-based; with `file`. */
  line?: number;
  column?: number;
  message: string;
  /** @default 'error' */
  severity?: 'error' | 'warning';
}

/** A set of problems with a heading, e.g. one file that failed to load. */
export interface DiagnosticsReport {
  /** e.g. "my-cluster.yaml did not load". */
  title: string;
  entries: DiagnosticEntry[];
  /** What is on screen meanwhile, e.g. "Still showing the last good version of rabbit-hole." */
  note?: string;
}

/**
 * Formats an entry as compilers print positions: `file:line:col: message`.
 * @param entry - the entry
 * @returns one line of plain text
 */
export function formatDiagnosticEntry(entry: DiagnosticEntry): string {
  const warning = entry.severity === 'warning' ? 'warning: ' : '';
  if (entry.file === undefined) return `${warning}${entry.message}`;
  const position = entry.line === undefined ? '' : `:${entry.line}:${entry.column ?? 1}`;
  return `${entry.file}${position}: ${warning}${entry.message}`;
}
