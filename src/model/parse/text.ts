/**
 * Plain-text helpers for diagnostics made before (or without) a YAML parse.
 */

/** Maps a 0-based UTF-16 offset to a 1-based line and column. */
export type LineIndex = (offset: number) => { line: number; column: number };

/**
 * Indexes the line starts of a text once, for many lookups. Line breaks are YAML's: LF,
 * CRLF and a lone CR. Columns count UTF-16 code units, 1-based.
 * @param text - the file's text
 * @returns the lookup; offsets are clamped to the text
 */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - (starts[low] ?? 0) + 1 };
  };
}

/** Largest scenario file accepted: 1 MiB. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Finds where a text's UTF-8 encoding first exceeds a byte budget, without encoding it.
 * @param text - the file's text
 * @param maxBytes - the budget
 * @returns the UTF-16 offset of the first character beyond the budget, or `undefined` if it fits
 */
export function offsetBeyondBytes(text: string, maxBytes: number): number | undefined {
  if (text.length * 3 <= maxBytes) return undefined;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character; each half counts 2.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
    if (bytes > maxBytes) return i;
  }
  return undefined;
}
