import { toEntries } from '../../src/app/state/reports';
import type { Diagnostic } from '../../src/model';
import type { DiagnosticsReport } from '../../src/panels';

/**
 * A loader result's diagnostics as a DiagnosticsPanel report, positions tied to the file
 * (as the app reports a file that did not load: the entries are the app's own `toEntries`).
 * @param file - the file name shown before `:line:col`
 * @param diagnostics - the loader's diagnostics
 * @param title - the heading @default `<file> did not load`
 * @param note - what is on screen meanwhile
 * @returns the report
 */
export function diagnosticsReport(
  file: string,
  diagnostics: readonly Diagnostic[],
  title = `${file} did not load`,
  note?: string,
): DiagnosticsReport {
  const entries = toEntries(file, diagnostics);
  return note === undefined ? { title, entries } : { title, entries, note };
}
