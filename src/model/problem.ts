/**
 * A diagnostic before it has a position: what is wrong and at which path. The loader turns
 * problems into `Diagnostic`s once it knows where each path sits in the file.
 */
import type { Diagnostic } from './types';

/** One segment of a path into the document: a mapping key or a list index. */
export type PathSegment = string | number;

/** A problem found at a path; `at: 'key'` points at the mapping key instead of its value. */
export interface Problem {
  message: string;
  path: PathSegment[];
  severity: Diagnostic['severity'];
  /** Which part of the entry to point at; default `value`. */
  at?: 'key' | 'value';
}

/**
 * Builds an error problem.
 * @param path - path of the offending value
 * @param message - one sentence
 * @returns the problem
 */
export function problem(path: PathSegment[], message: string): Problem {
  return { message, path, severity: 'error' };
}

/**
 * Builds a warning problem (the scenario still loads).
 * @param path - path of the value the warning is about
 * @param message - one sentence
 * @returns the problem
 */
export function warning(path: PathSegment[], message: string): Problem {
  return { message, path, severity: 'warning' };
}

/**
 * Formats a path as the diagnostics show it, e.g. `services.1.spec.ports.0.nodePort`.
 * @param path - the segments
 * @returns the dotted form; empty for the document itself
 */
export function formatPath(path: readonly PathSegment[]): string {
  return path.join('.');
}

/**
 * Describes a found value for a message: `number 42`, `string "80"`, `a list`, ...
 * @param value - any parsed YAML value
 * @returns a short phrase
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
