/**
 * Long endpoint listings are capped so that rule text stays readable and walking a
 * 10,000-pod Service stays cheap: at most 8 lines, then a `# … N more endpoints` line.
 */

/** Endpoint lines shown before the rest is summarised. */
export const MAX_LISTED = 8;

/**
 * Renders the first {@link MAX_LISTED} items, summarising the rest, and always shows the
 * chosen one even when it lies beyond the cap.
 * @param items - all items, in order
 * @param chosen - index of the item the packet takes (or -1)
 * @param render - renders one item with its index
 * @param comment - how a summary line starts (`#` for most tools)
 * @returns the lines
 */
export function cappedLines<T>(
  items: readonly T[],
  chosen: number,
  render: (item: T, index: number) => string,
  comment = '#',
): string[] {
  const more = (n: number) => `${comment} … ${n} more endpoint${n === 1 ? '' : 's'}`;
  const lines = items.slice(0, MAX_LISTED).map((item, i) => render(item, i));
  if (items.length <= MAX_LISTED) return lines;
  const picked = items[chosen];
  if (chosen < MAX_LISTED || picked === undefined)
    return [...lines, more(items.length - MAX_LISTED)];
  const before = chosen - MAX_LISTED;
  const after = items.length - chosen - 1;
  if (before > 0) lines.push(more(before));
  lines.push(render(picked, chosen));
  if (after > 0) lines.push(more(after));
  return lines;
}
