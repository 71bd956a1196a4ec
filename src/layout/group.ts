/** Tiny collection helpers. */

/**
 * Groups items by a key, keeping their order.
 * @param items - the items
 * @param key - the grouping key of an item
 * @returns key to the items with that key, in first-seen key order
 */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
