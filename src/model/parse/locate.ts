/**
 * Maps a diagnostic's path to where it sits in the file: the node of the offending value
 * (or, for an unknown key, the key). A path that does not exist in the file (a missing
 * field, a value filled in by a default) points at the deepest part of it that does.
 * Mappings are indexed and aliases resolved once, so thousands of lookups stay linear.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { PathSegment } from '../problem';

interface Ranged {
  range?: [number, number, number] | null;
}

/** Finds the offset of a path: `at: 'key'` points at the mapping key of the last segment. */
export type Locator = (path: readonly PathSegment[], at?: 'key' | 'value') => number;

interface Caches {
  doc: Document;
  maps: WeakMap<YAMLMap, Map<string, Pair>>;
  aliases: Map<unknown, unknown>;
}

function pairsOf(caches: Caches, map: YAMLMap): Map<string, Pair> {
  let index = caches.maps.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key)) index.set(String(item.key.value), item);
    }
    caches.maps.set(map, index);
  }
  return index;
}

/** One step down: the pair's key and value for a mapping key, the item for an index. */
function step(caches: Caches, node: unknown, segment: PathSegment) {
  if (isAlias(node) && !caches.aliases.has(node))
    caches.aliases.set(node, node.resolve(caches.doc));
  const target = isAlias(node) ? caches.aliases.get(node) : node;
  if (isMap(target)) {
    const pair = pairsOf(caches, target).get(String(segment));
    return pair
      ? { key: pair.key as Ranged | null, value: pair.value as Ranged | null }
      : undefined;
  }
  if (isSeq(target) && typeof segment === 'number') {
    const item = target.items[segment] as Ranged | undefined;
    return item ? { key: null, value: item } : undefined;
  }
  return undefined;
}

/**
 * Builds a locator over a parsed Document.
 * @param doc - the parsed Document (without errors)
 * @returns the lookup, returning 0-based offsets
 */
export function createLocator(doc: Document): Locator {
  const caches: Caches = { doc, maps: new WeakMap(), aliases: new Map() };
  return (path, at = 'value') => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Ranged | null)?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
      const found = step(caches, node, path[i] as PathSegment);
      if (!found) break;
      const keyOffset = found.key?.range?.[0];
      const valueOffset = found.value?.range?.[0];
      const wantKey = i === path.length - 1 && at === 'key';
      offset = (wantKey ? keyOffset : valueOffset) ?? keyOffset ?? valueOffset ?? offset;
      node = found.value;
    }
    return offset;
  };
}
