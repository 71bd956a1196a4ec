/**
 * Base32 with the RFC 4648 §6 standard alphabet, as Go's `base32.StdEncoding`, which
 * kube-proxy uses to turn a SHA-256 digest into chain names (DOMAIN.md §2.4).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Encodes bytes as RFC 4648 base32, `=`-padded to a multiple of 8 characters.
 * @param bytes - any bytes
 * @returns the encoding, e.g. `MZXW6===` for `foo`
 */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}
