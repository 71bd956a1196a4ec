/**
 * The diagnostics the app reports, as data for the DiagnosticsPanel: a bundled or opened
 * file that failed to load, and a `?scenario=` that names nothing.
 */
import type { Diagnostic } from '../../model';
import type { DiagnosticEntry, DiagnosticsReport } from '../../panels';
import type { BundledScenario } from '../scenarios/types';
import type { Shown } from './types';

/** Where bundled files live, for positions an editor can open. */
export const SCENARIOS_DIR = 'scenarios';

/**
 * Ties loader diagnostics to a file.
 * @param file - the file name shown before `:line:col`
 * @param diagnostics - the loader's diagnostics
 * @returns the panel's entries
 */
export function toEntries(file: string, diagnostics: readonly Diagnostic[]): DiagnosticEntry[] {
  return diagnostics.map((d) => ({
    file,
    line: d.line,
    column: d.column,
    message: d.message,
    severity: d.severity,
  }));
}

function keeping(shown: Shown | null): string | undefined {
  if (shown === null) return undefined;
  const { title } = shown.scenario.metadata;
  return `Still showing the last good scenario: ${title}.`;
}

/**
 * A file that did not load.
 * @param file - its name as shown (`scenarios/x.yaml` for bundled files)
 * @param diagnostics - why
 * @param shown - what stays on screen
 * @returns the report
 */
export function failedFileReport(
  file: string,
  diagnostics: readonly Diagnostic[],
  shown: Shown | null,
): DiagnosticsReport {
  const report: DiagnosticsReport = {
    title: `${file} did not load`,
    entries: toEntries(file, diagnostics),
  };
  const note = keeping(shown);
  if (note !== undefined) report.note = note;
  return report;
}

/**
 * A `?scenario=` (or picker value) that names no bundled scenario.
 * @param name - the name asked for
 * @param bundled - the bundled scenarios
 * @param shown - what is shown instead
 * @returns the report, listing the names available
 */
export function unknownScenarioReport(
  name: string,
  bundled: readonly BundledScenario[],
  shown: Shown | null,
): DiagnosticsReport {
  const available = bundled.map((b) => b.name).join(', ');
  const report: DiagnosticsReport = {
    title: 'Unknown scenario',
    entries: [{ message: `no bundled scenario named ${name}; available: ${available}` }],
  };
  if (shown !== null) report.note = `Showing ${shown.scenario.metadata.name} instead.`;
  return report;
}
