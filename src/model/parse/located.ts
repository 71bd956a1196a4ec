/**
 * What the parsing steps return, shared by the two positioned parsers (`yaml` for small
 * files, js-yaml events for large ones), and their common messages.
 */
import type { Diagnostic } from '../types';
import type { Locator } from './locate';
import type { LineIndex } from './text';

/** Either a value or the diagnostics that prevent it. */
export type Located<T> = { value: T; diagnostics?: undefined } | { diagnostics: Diagnostic[] };

/** A parsed document, ready for validation, with a way to find any path in the text. */
export interface Positioned {
  data: unknown;
  locate: Locator;
  lines: LineIndex;
}

/** Alias expansions allowed per file: enough for real use, far too few for a "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

/** The message for an empty file (or one holding only comments). */
export const EMPTY_FILE =
  'the file is empty; a scenario is a YAML mapping that starts with `apiVersion: packetwalk/v1`';

/** The message for a file with more alias nodes than {@link MAX_ALIAS_COUNT}. */
export const TOO_MANY_ALIASES = `more than ${MAX_ALIAS_COUNT} aliases; a scenario needs few, and a file full of them is refused`;

/** The message for an alias bomb. */
export const ALIAS_BOMB = `aliases expand to too many nodes (more than ${MAX_ALIAS_COUNT}); an alias bomb ("billion laughs") is refused`;

/** The message for an alias inside the node its anchor names. */
export const ALIAS_CYCLE = 'an alias cannot point into its own anchor';

/** The message for a tab used as indentation. */
export const TAB_INDENT = 'tabs are not allowed as indentation; indent with spaces';

/** The message for a `__proto__` key. */
export const PROTO_KEY = '`__proto__` is not allowed as a key';

/** The message for a key that is itself a mapping or a list. */
export const COMPLEX_KEY = 'complex keys are not supported';

/**
 * The message for a key that is not a string (`80:`, `true:`).
 * @param source - the key as written
 */
export function keyNotString(source: string): string {
  return `key ${source} must be a string; quote it: "${source}"`;
}

/**
 * The message for a duplicate key.
 * @param text - the file's text
 * @param offset - where the repeated key starts
 * @returns the sentence, quoting the key up to its `:`
 */
export function duplicateKey(text: string, offset: number): string {
  const key = (/^[^:\n]*/.exec(text.slice(offset, offset + 256))?.[0] ?? '').trim();
  return `duplicate key \`${key}\`: the keys of a mapping must be unique`;
}

/**
 * The message for an alias with no anchor of that name before it.
 * @param name - the alias name, without `*`
 */
export function unknownAlias(name: string): string {
  return `unknown alias \`*${name}\`: no anchor \`&${name}\` is defined before it`;
}

/**
 * The message for a file with several YAML documents.
 * @param count - how many
 */
export function severalDocuments(count: number): string {
  return `a scenario file holds one YAML document, found ${count}`;
}

/**
 * The message for a document that is not a mapping.
 * @param value - the document's value (a list, or a single value)
 * @returns one sentence
 */
export function notAMapping(value: unknown): string {
  const found = Array.isArray(value) ? 'a list' : `a single value (${JSON.stringify(value)})`;
  return `a scenario must be a YAML mapping (apiVersion, kind, metadata, ...), got ${found}`;
}

/**
 * Builds an error diagnostic for the whole file at a text offset.
 * @param lines - the text's line index
 * @param offset - 0-based offset into the text
 * @param message - one sentence
 * @returns a diagnostic with a 1-based line and column and an empty path
 */
export function locatedAt(lines: LineIndex, offset: number, message: string): Diagnostic {
  return { message, path: '', ...lines(offset), severity: 'error' };
}
