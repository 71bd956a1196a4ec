import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32, ephemeralPort, fnv1a32, sha256, toHex } from '../../src/sim';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes the FIPS 180-2 vector of length %#', (input, digest) => {
    expect(toHex(sha256(input))).toBe(digest);
  });

  it('agrees with node:crypto around every padding boundary', () => {
    for (let length = 0; length <= 130; length++) {
      const text = 'x'.repeat(length);
      expect(toHex(sha256(text)), `length ${length}`).toBe(
        createHash('sha256').update(text).digest('hex'),
      );
    }
  });

  it('agrees with node:crypto on any text, multi-byte characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(toHex(sha256(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('hashes bytes as well as strings', () => {
    expect(toHex(sha256(new Uint8Array([0x61, 0x62, 0x63])))).toBe(toHex(sha256('abc')));
  });
});

describe('base32', () => {
  it.each([
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ])('encodes the RFC 4648 §10 vector %j', (input, output) => {
    expect(base32(new TextEncoder().encode(input))).toBe(output);
  });

  it('agrees with a bit-by-bit reference on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(base32(bytes).replace(/=+$/, '')).toBe(base32Reference(bytes));
        expect(base32(bytes).length % 8).toBe(0);
      }),
    );
  });
});

/** A bit-by-bit reference encoder, independent of the one under test. */
function base32Reference(bytes: Uint8Array): string {
  const bits = [...bytes].map((b) => b.toString(2).padStart(8, '0')).join('');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  for (let i = 0; i < bits.length; i += 5)
    out += alphabet[Number.parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return out;
}

describe('fnv1a32 and ephemeral ports', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes the published FNV-1a vector %j', (input, hash) => {
    expect(fnv1a32(input)).toBe(hash);
  });

  it('picks ports in Linux ip_local_port_range 32768-60999, stably', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const p = ephemeralPort(seed);
        expect(p).toBeGreaterThanOrEqual(32768);
        expect(p).toBeLessThanOrEqual(60999);
        expect(ephemeralPort(seed)).toBe(p);
        expect(p).toBe(32768 + (fnv1a32(seed) % 28232));
      }),
    );
  });
});
