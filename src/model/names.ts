/**
 * Helpers for messages that name things: unknown references with a suggestion and a
 * (bounded) list of the valid names in file order.
 */
import { closest } from './suggest';

const MAX_LISTED = 10;

/**
 * Lists names for a message, in the order given, eliding the middle of long lists.
 * @param names - valid names, in file order
 * @returns e.g. `node-1, node-2, node-3` or `node-1, ..., node-1000 (1000 in all)`
 */
export function listNames(names: readonly string[]): string {
  if (names.length === 0) return '(none)';
  if (names.length <= MAX_LISTED) return names.join(', ');
  const head = names.slice(0, MAX_LISTED - 1).join(', ');
  return `${head}, ..., ${names.at(-1)} (${names.length} in all)`;
}

/**
 * Message for a reference to a name that does not exist.
 * @param kind - what was referenced, e.g. `node`
 * @param name - the unknown name
 * @param known - the names that exist, in file order
 * @returns e.g. "unknown node `node-9`; did you mean `node-1`? (nodes: node-1, node-2)"
 */
export function unknownName(kind: string, name: string, known: readonly string[]): string {
  const guess = known.length <= 10_000 ? closest(name, known) : undefined;
  const hint = guess ? `; did you mean \`${guess}\`?` : '';
  return `unknown ${kind} \`${name}\`${hint} (known: ${listNames(known)})`;
}
