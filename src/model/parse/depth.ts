/**
 * A linear, non-recursive estimate of a YAML text's nesting depth, run before the
 * positioned parser so that a hostile file (10,000 nested `[`) is refused at once instead of
 * exhausting the parser. It follows the YAML rules that matter for depth: indentation opens
 * block levels, `- ` and `? ` open one each, and `[`/`{` open flow levels where a node may
 * start (anywhere inside a flow collection); quoted scalars and comments are skipped.
 */

/** Deepest nesting accepted; real scenarios stay below 12. */
export const MAX_DEPTH = 100;

interface ScanState {
  flow: number;
  quote: '' | '"' | "'";
  indents: number[];
}

/** In block context a node (so a quote or a flow collection) may start only after these. */
const NODE_START = new Set(['', ':', '-', '?']);

/**
 * Reads a line's indentation and its `- ` / `? ` indicators into the block stack.
 * @returns where the content starts, or `-1` for a blank or comment line; `limit` crossed: `{ over }`
 */
function scanIndent(text: string, start: number, end: number, state: ScanState, limit: number) {
  let i = start;
  while (i < end && text[i] === ' ') i++;
  if (i === end || text[i] === '#') return { content: -1 };
  const { indents } = state;
  while (indents.length > 0 && (indents.at(-1) ?? 0) >= i - start) indents.pop();
  indents.push(i - start);
  if (indents.length > limit) return { over: i };
  while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || i + 1 === end)) {
    indents.push(i - start + 2);
    if (indents.length > limit) return { over: i };
    i += 2;
    while (i < end && text[i] === ' ') i++;
  }
  return { content: i };
}

/** Scans one line; returns the offset where the limit is crossed, if it is. */
function scanLine(text: string, start: number, end: number, state: ScanState, limit: number) {
  let i = start;
  if (state.flow === 0 && state.quote === '') {
    const found = scanIndent(text, start, end, state, limit);
    if (found.over !== undefined) return found.over;
    if (found.content === -1) return undefined;
    i = found.content ?? start;
  }
  let previous = '';
  for (; i < end; i++) {
    const ch = text[i] ?? '';
    if (state.quote !== '') {
      if (ch === '\\' && state.quote === '"') i++;
      else if (ch === state.quote && ch === "'" && text[i + 1] === "'") i++;
      else if (ch === state.quote) state.quote = '';
      continue;
    }
    if (ch === ' ' || ch === '\t') continue;
    if (ch === '#' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t'))
      return undefined;
    const atNodeStart = state.flow > 0 || NODE_START.has(previous);
    // Anything else is part of a plain scalar: it cannot start a node after it.
    previous = 'x';
    if ((ch === '"' || ch === "'") && atNodeStart) state.quote = ch;
    else if ((ch === '[' || ch === '{') && atNodeStart) {
      state.flow++;
      if (state.flow + state.indents.length > limit) return i;
    } else if ((ch === ']' || ch === '}') && state.flow > 0) state.flow--;
    else if (ch === ':' || ch === '-' || ch === '?') previous = ch;
  }
  return undefined;
}

/**
 * Finds where a YAML text nests deeper than a limit.
 * @param text - the file's text
 * @param limit - deepest nesting accepted
 * @returns the offset where the limit is first crossed, or `undefined`
 */
export function findExcessiveNesting(text: string, limit = MAX_DEPTH): number | undefined {
  const state: ScanState = { flow: 0, quote: '', indents: [] };
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const found = scanLine(text, start, end, state, limit);
    if (found !== undefined) return found;
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  return undefined;
}
