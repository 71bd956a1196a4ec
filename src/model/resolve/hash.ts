/**
 * FNV-1a, 32-bit: the stable hash behind default ClusterIPs and nodePorts. A default depends
 * only on the object's own name, so adding a Service never moves another one.
 */

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;
const encoder = new TextEncoder();

/**
 * Hashes a string's UTF-8 bytes with 32-bit FNV-1a (http://www.isthe.com/chongo/tech/comp/fnv/).
 * @param text - e.g. `default/red`
 * @returns an unsigned 32-bit integer
 */
export function fnv1a32(text: string): number {
  let hash = OFFSET_BASIS;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, PRIME) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Finds a free slot by linear probing from a start index, wrapping around.
 * @param start - first index to try, in `[0, size)`
 * @param size - number of slots
 * @param isTaken - tells whether an index is unavailable
 * @returns the first free index, or `undefined` when every slot is taken
 */
export function probe(start: number, size: number, isTaken: (index: number) => boolean) {
  for (let step = 0; step < size; step++) {
    const index = (start + step) % size;
    if (!isTaken(index)) return index;
  }
  return undefined;
}
