/**
 * The positioned parser: eemeli/yaml. It decides every file the fast parser stepped aside
 * for, and its Document lets diagnostics point at the exact value. Positions come from our
 * own line index: `yaml`'s LineCounter misses line breaks inside tokens it fails to parse.
 */
import { type Document, isMap, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Diagnostic } from '../types';
import { createLocator } from './locate';
import {
  ALIAS_BOMB,
  ALIAS_CYCLE,
  COMPLEX_KEY,
  EMPTY_FILE,
  keyNotString,
  type Located,
  locatedAt,
  MAX_ALIAS_COUNT,
  notAMapping,
  type Positioned,
  PROTO_KEY,
  severalDocuments,
  TOO_MANY_ALIASES,
  unknownAlias,
} from './located';
import { createLineIndex, type LineIndex } from './text';
import { yamlMessage } from './yamlMessages';

/** Checks the keys: strings only (what a YAML 1.2 `80:` key would become is ambiguous), no `__proto__`. */
function keyDiagnostics(doc: Document.Parsed, lc: LineIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as { range?: [number, number, number] | null } | null;
      const offset = key?.range?.[0] ?? 0;
      if (key && !isScalar(key)) found.push(locatedAt(lc, offset, COMPLEX_KEY));
      if (!isScalar(key)) return;
      if (key.value === '__proto__') found.push(locatedAt(lc, offset, PROTO_KEY));
      else if (typeof key.value !== 'string' && String(key.source) !== '<<')
        found.push(locatedAt(lc, offset, keyNotString(String(key.source))));
    },
  });
  return found;
}

/** Finds the alias to blame: the first one that does not resolve, else the first one. */
function blamedAlias(doc: Document.Parsed): { offset: number; name?: string } {
  let first: number | undefined;
  let unresolved: { offset: number; name: string } | undefined;
  visit(doc, {
    Alias(_, alias) {
      const offset = alias.range?.[0] ?? 0;
      first ??= offset;
      if (alias.resolve(doc) !== undefined) return undefined;
      unresolved = { offset, name: alias.source };
      return visit.BREAK;
    },
  });
  return unresolved ?? { offset: first ?? 0 };
}

/** Finds the first alias beyond the limit, if there is one. */
function aliasBeyondLimit(doc: Document.Parsed): number | undefined {
  let count = 0;
  let found: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      count++;
      if (count <= MAX_ALIAS_COUNT) return undefined;
      found = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return found;
}

/** Finds an alias that lies inside the node its anchor names (the data would be circular). */
function aliasIntoItsAnchor(doc: Document.Parsed): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      const source = alias.resolve(doc) as { range?: [number, number, number] } | undefined;
      const at = alias.range?.[0] ?? 0;
      if (!source?.range || at < source.range[0] || at >= source.range[2]) return undefined;
      found = at;
      return visit.BREAK;
    },
  });
  return found;
}

function toData(doc: Document.Parsed, lc: LineIndex): Located<unknown> {
  // `yaml` resolves each alias by walking the document: refuse many aliases before toJS.
  const beyond = aliasBeyondLimit(doc);
  if (beyond !== undefined) {
    return { diagnostics: [locatedAt(lc, beyond, TOO_MANY_ALIASES)] };
  }
  const cycle = aliasIntoItsAnchor(doc);
  if (cycle !== undefined) {
    return { diagnostics: [locatedAt(lc, cycle, ALIAS_CYCLE)] };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    const { offset, name } = blamedAlias(doc);
    const text = name === undefined ? ALIAS_BOMB : unknownAlias(name);
    return { diagnostics: [locatedAt(lc, offset, text)] };
  }
}

/**
 * Parses a file with positions.
 * @param text - the file's text (already checked for size and nesting depth)
 * @returns the data and a locator, or the diagnostics that stop the load
 */
export function parsePositioned(text: string): Located<Positioned> {
  const lines = createLineIndex(text);
  const all = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, merge: true });
  const docs = Array.isArray(all) ? all : [];
  const first = docs[0];
  const contents = first?.contents;
  if (
    !first ||
    contents === null ||
    contents === undefined ||
    (isScalar(contents) && contents.source === '')
  ) {
    return { diagnostics: [locatedAt(lines, 0, EMPTY_FILE)] };
  }
  // Only the first syntax error: the ones after it are mostly the parser losing its way.
  const [error] = [...first.errors, ...first.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
  if (error) return { diagnostics: [locatedAt(lines, error.pos[0], yamlMessage(text, error))] };
  const second = docs[1];
  if (second) {
    return { diagnostics: [locatedAt(lines, second.range[0], severalDocuments(docs.length))] };
  }
  if (!isMap(contents)) {
    const value = isSeq(contents) ? [] : isScalar(contents) ? contents.value : undefined;
    return { diagnostics: [locatedAt(lines, contents.range?.[0] ?? 0, notAMapping(value))] };
  }
  const keys = keyDiagnostics(first, lines);
  if (keys.length > 0) return { diagnostics: keys };
  const data = toData(first, lines);
  if (data.diagnostics) return data;
  return { value: { data: data.value, locate: createLocator(first), lines } };
}
