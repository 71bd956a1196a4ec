/**
 * Formats diagnostics as compilers print them, for the CLI (DESIGN.md, "Command line").
 */
import type { Diagnostic } from './types';

/**
 * Formats one diagnostic as `FILE:LINE:COL: error: MESSAGE` (or `warning:`).
 * @param d - the diagnostic
 * @param fileName - the file as the user named it
 * @returns one line, without a trailing newline
 */
export function formatDiagnostic(d: Diagnostic, fileName: string): string {
  return `${fileName}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
