/**
 * A proxy rewrite's `before`/`after` are whole connections, `"src -> dst"` (trace contract v1).
 */

/** One TCP connection: its two ends as `ip:port`. */
export interface Connection {
  src: string;
  dst: string;
}

/**
 * Splits `"10.244.1.5:38011 -> 10.244.2.7:8080"` into its ends.
 * @param text - a proxy rewrite's `before` or `after`
 * @returns the two ends, or undefined when the text is not a connection
 */
export function splitConnection(text: string): Connection | undefined {
  const parts = text.split('->');
  if (parts.length !== 2) return undefined;
  const src = (parts[0] ?? '').trim();
  const dst = (parts[1] ?? '').trim();
  return src !== '' && dst !== '' ? { src, dst } : undefined;
}
