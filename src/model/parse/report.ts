/**
 * The final shaping of a diagnostics list: sorted by position, at most a hundred.
 */
import type { Diagnostic } from '../types';

/** Most diagnostics reported for one file; a summary line stands for the rest. */
export const MAX_DIAGNOSTICS = 100;

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Sorts diagnostics by position and keeps the first {@link MAX_DIAGNOSTICS}, adding one
 * that counts the others (at the position of the first one left out).
 * @param all - the diagnostics found; sorted in place
 * @param omitted - problems found but never turned into diagnostics
 * @returns the list to report
 */
export function firstDiagnostics(all: Diagnostic[], omitted = 0): Diagnostic[] {
  const sorted = all.sort(byPosition);
  const next = sorted[MAX_DIAGNOSTICS] ?? (omitted > 0 ? sorted.at(-1) : undefined);
  if (!next) return sorted;
  const rest = Math.max(0, sorted.length - MAX_DIAGNOSTICS) + omitted;
  const message = `${rest} more problem${rest === 1 ? '' : 's'} not shown (only the first ${MAX_DIAGNOSTICS} are listed)`;
  return [...sorted.slice(0, MAX_DIAGNOSTICS), { ...next, message, path: '' }];
}
