/**
 * "Did you mean ...?" for unknown field names and enum values: the closest candidate by
 * edit distance, compared case-insensitively.
 */

/**
 * Levenshtein distance between two strings (insert, delete, substitute; each costs 1).
 * @param a - first string
 * @param b - second string
 * @returns the number of edits that turn `a` into `b`
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Picks the candidate closest to `word`, if it is close enough to be a likely typo
 * (at most a third of the word's length, and at least 2 edits, allowed).
 * @param word - what the user wrote
 * @param candidates - the valid names, in the order to prefer on a tie
 * @returns the suggestion, or `undefined`
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
