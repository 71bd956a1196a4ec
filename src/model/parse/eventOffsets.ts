/**
 * Offsets in the source for js-yaml events, counted the way `yaml` counts them (a quoted
 * scalar starts at its quote, an empty value right after its `:` or `-`), so that both
 * positioned parsers point at the same column.
 */
import { EVENT_ID, type Event, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';

/** Where a scalar starts as `yaml` counts it: at an opening quote or a block indicator. */
function scalarStart(event: ScalarEvent, source: string, fallback: number): number {
  const empty = event.style === SCALAR_STYLE.PLAIN && event.valueEnd <= event.valueStart;
  // An empty node with an anchor or a tag sits right after them.
  if (event.valueStart < 0 || empty)
    return Math.max(event.anchorEnd, event.tagEnd) >= 0
      ? Math.max(event.anchorEnd, event.tagEnd)
      : fallback;
  if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    return event.valueStart - 1;
  }
  if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) {
    const before = event.valueStart - 1;
    return Math.max(source.lastIndexOf('|', before), source.lastIndexOf('>', before), 0);
  }
  return event.valueStart;
}

/** Where an event's node starts; `fallback` for an empty scalar. */
export function startOf(event: Event, fallback: number, source: string): number {
  if (event.type === EVENT_ID.SCALAR) return scalarStart(event, source, fallback);
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  return fallback;
}

function skipBlanks(source: string, from: number): number {
  let i = from;
  while (source[i] === ' ' || source[i] === '\t') i++;
  return i;
}

/** Where `yaml` places an empty value: after the key's `:` and blanks; with no `:`, at the key. */
export function emptyValueOffset(source: string, key: { start: number; end: number }): number {
  const colon = skipBlanks(source, key.end);
  return source[colon] === ':' ? skipBlanks(source, colon + 1) : key.start;
}

/** True when a `-` at this offset is a block sequence indicator (only blanks before it on its line). */
function isItemIndicator(source: string, dash: number): boolean {
  const next = source[dash + 1];
  if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r')
    return false;
  for (let i = dash - 1; i >= 0 && source[i] !== '\n'; i--) {
    if (source[i] !== ' ' && source[i] !== '\t') return false;
  }
  return true;
}

/** Where `yaml` places an empty list item: after the next `-` indicator and its blanks. */
export function emptyItemOffset(source: string, from: number): number {
  for (let dash = source.indexOf('-', from); dash >= 0; dash = source.indexOf('-', dash + 1)) {
    if (dash === from || isItemIndicator(source, dash)) return skipBlanks(source, dash + 1);
  }
  return from;
}

/** Where a scalar (or alias) event ends, for the search of the next indicator. */
export function endOf(event: Event, start: number): number {
  if (event.type === EVENT_ID.ALIAS) return event.anchorEnd;
  if (event.type !== EVENT_ID.SCALAR || event.valueEnd < 0) return start;
  const quoted =
    event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return event.valueEnd + (quoted ? 1 : 0);
}
