/**
 * The positioned parser for large files: js-yaml's events carry source offsets, so one linear
 * pass gives both the data and a position for every path. `yaml` takes seconds on a large
 * (or hostile) file; this stays linear. Messages match those of the `yaml` path.
 */
import { CORE_SCHEMA, constructFromEvents, type Event, mergeTag, parseEvents } from 'js-yaml';
import type { PathSegment } from '../problem';
import { buildEventTree, type EventTree, type PositionNode } from './eventTree';
import { fromException } from './jsYamlMessages';
import type { Locator } from './locate';
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
} from './located';
import { stringKeyMap } from './stringKeyMap';
import { createLineIndex, type LineIndex } from './text';

/** Why a key is refused, worded as the `yaml` path words it ('' when it is stored). */
function refusedKey(key: unknown): string {
  if (key === '__proto__') return PROTO_KEY;
  if (typeof key === 'object' && key !== null) return COMPLEX_KEY;
  if (typeof key !== 'string') return keyNotString(String(key));
  return '';
}

/** Plain-object mappings with string keys only. */
const SCHEMA = CORE_SCHEMA.withTags(stringKeyMap(refusedKey), mergeTag);

function locatorOf(root: PositionNode): Locator {
  return (path: readonly PathSegment[], at = 'value') => {
    let node: PositionNode | undefined = root;
    let offset = root.start;
    for (let i = 0; i < path.length && node; i++) {
      const target: PositionNode | undefined = node.alias ? node.alias.target : node;
      const segment = path[i] as PathSegment;
      const entry: { key: number; value: PositionNode } | undefined = target?.keys?.get(
        String(segment),
      );
      const item: PositionNode | undefined =
        typeof segment === 'number' ? target?.items?.[segment] : undefined;
      if (!entry && !item) break;
      offset =
        entry && i === path.length - 1 && at === 'key'
          ? entry.key
          : ((entry?.value ?? item)?.start ?? offset);
      node = entry?.value ?? item;
    }
    return offset;
  };
}

/** The `---` that opens the document whose first node is at `offset`, if there is one. */
function documentMarker(source: string, offset: number): number {
  const marker = source.lastIndexOf('---', offset);
  return marker >= 0 && (marker === 0 || source[marker - 1] === '\n') ? marker : offset;
}

/** Checks the stream's shape before building data: one document, no cycle, no alias bomb, not a list. */
function shapeProblem(tree: EventTree, source: string, lines: LineIndex) {
  const { root } = tree;
  if (!root || root.empty) return locatedAt(lines, 0, EMPTY_FILE);
  if (tree.secondDocument !== undefined) {
    const text = severalDocuments(tree.documents);
    return locatedAt(lines, documentMarker(source, tree.secondDocument), text);
  }
  if (tree.cycle !== undefined) {
    return locatedAt(lines, tree.cycle, ALIAS_CYCLE);
  }
  if (root.expansions > MAX_ALIAS_COUNT) {
    return locatedAt(lines, tree.firstAlias ?? root.start, ALIAS_BOMB);
  }
  if (root.items) return locatedAt(lines, root.start, notAMapping([]));
  return undefined;
}

/**
 * Parses a file with positions, the linear way.
 * @param text - the file's text (already checked for size and nesting depth)
 * @param parsed - js-yaml's events for this text, when the fast path already has them
 * @returns the data and a locator, or the diagnostics that stop the load
 */
export function parseWithJsYaml(text: string, parsed?: Event[]): Located<Positioned> {
  const lines = createLineIndex(text);
  try {
    const events = parsed ?? parseEvents(text, { maxDepth: 200 });
    // Building the data first stops early on a duplicate key or an unknown tag; it is safe
    // from alias bombs (js-yaml shares aliased nodes), which the tree then refuses.
    const options = { source: text, schema: SCHEMA, maxAliases: MAX_ALIAS_COUNT };
    const [data] = constructFromEvents(events, options);
    const tree = buildEventTree(events, text);
    const shape = shapeProblem(tree, text, lines);
    if (shape || !tree.root) return { diagnostics: [shape ?? locatedAt(lines, 0, EMPTY_FILE)] };
    const { root } = tree;
    if (!root.keys) return { diagnostics: [locatedAt(lines, root.start, notAMapping(data))] };
    return { value: { data, locate: locatorOf(root), lines } };
  } catch (error) {
    return fromException(error, text, lines);
  }
}
