/**
 * The fast parser: js-yaml, configured to build exactly the data `yaml` builds with its
 * YAML 1.2 core schema (so `yes`/`on` stay strings). It gives no positions; the loader uses
 * it only for files that load without a single diagnostic, and re-parses everything else
 * with the positioned parser. Whatever the two parsers might read differently (anchors,
 * aliases, tags, merge keys, non-string keys) makes it step aside.
 */
import { CORE_SCHEMA, constructFromEvents, EVENT_ID, type Event, parseEvents } from 'js-yaml';
import { MAX_DEPTH } from './depth';
import { parseSimple } from './simple';
import { stringKeyMap } from './stringKeyMap';

/** Keys this parser refuses, so that the positioned parser (and its verdict) takes over. */
const REFUSED_KEYS = new Set(['<<', '__proto__']);

/** Plain-object mappings with string keys only; anything else fails (and falls back). */
const SCHEMA = CORE_SCHEMA.withTags(
  stringKeyMap((key) =>
    typeof key !== 'string' || REFUSED_KEYS.has(key) ? 'key needs the positioned parser' : '',
  ),
);

/** True when an event uses a feature the two parsers might not agree on. */
function isUnusual(event: Event): boolean {
  if (event.type === EVENT_ID.ALIAS) return true;
  if (event.type === EVENT_ID.DOCUMENT) return event.directives.length > 0;
  if ('anchorStart' in event) return event.anchorStart !== -1 || event.tagStart !== -1;
  return false;
}

/** What the fast parse found. */
export interface FastParse {
  /** js-yaml's events, when js-yaml could read the text; reused by the positioned path. */
  events?: Event[];
  /** The data, when the text is one document without anything the parsers may read differently. */
  data?: { value: unknown };
}

/**
 * Parses a file the fast way: parse/simple.ts when the file is plain YAML, else js-yaml.
 * @param text - the file's text
 * @returns the events when js-yaml reads the text, and the data when the file is one plain
 *   document (no anchors, aliases, tags, directives, merge keys or non-string keys)
 */
export function parseFast(text: string): FastParse {
  // Plain files (every bundled scenario's style) need no events at all.
  const simple = parseSimple(text);
  if (simple) return { data: simple };
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch {
    return {};
  }
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) documents++;
    if (isUnusual(event)) return { events };
  }
  if (documents !== 1) return { events };
  try {
    const [value] = constructFromEvents(events, { source: text, schema: SCHEMA, maxAliases: 0 });
    return { events, data: { value } };
  } catch {
    return { events };
  }
}
