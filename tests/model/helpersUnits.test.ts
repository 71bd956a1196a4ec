/**
 * The small pure helpers of model/: hash and probing, suggestions, line index, byte budget,
 * nesting scan.
 */
import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from '../../src/model/parse/depth';
import { createLineIndex, offsetBeyondBytes } from '../../src/model/parse/text';
import { fnv1a32, probe } from '../../src/model/resolve/hash';
import { closest, editDistance } from '../../src/model/suggest';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('probe', () => {
  it('takes the first free slot from the start, wrapping around', () => {
    const taken = new Set([3, 4, 0]);
    expect(probe(3, 5, (i) => taken.has(i))).toBe(1);
    expect(probe(2, 5, (i) => taken.has(i))).toBe(2);
    expect(probe(0, 2, () => true)).toBeUndefined();
  });
});

describe('suggestions', () => {
  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests a close name, case-insensitively, and nothing for a far one', () => {
    expect(closest('proxymode', ['nodes', 'proxyMode'])).toBe('proxyMode');
    expect(closest('nodse', ['nodes', 'pods'])).toBe('nodes');
    expect(closest('zzzzzz', ['nodes', 'pods'])).toBeUndefined();
  });
});

describe('createLineIndex', () => {
  it('maps offsets to 1-based lines and columns over LF, CRLF and CR', () => {
    const at = createLineIndex('ab\ncd\r\nef\rg');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(7)).toEqual({ line: 3, column: 1 });
    expect(at(10)).toEqual({ line: 4, column: 1 });
    expect(at(99)).toEqual({ line: 4, column: 2 });
  });
});

describe('offsetBeyondBytes', () => {
  it('counts UTF-8 bytes', () => {
    expect(offsetBeyondBytes('abc', 3)).toBeUndefined();
    expect(offsetBeyondBytes('abcd', 3)).toBe(3);
    expect(offsetBeyondBytes('aé', 2)).toBe(1);
    expect(offsetBeyondBytes('a😀', 4)).toBe(2);
  });
});

describe('findExcessiveNesting', () => {
  it('accepts ordinary scenarios and brackets inside strings and comments', () => {
    expect(
      findExcessiveNesting('a:\n  b: [1, { c: d }]\n  e: "[[[["\n# [[[[\n', 4),
    ).toBeUndefined();
    expect(findExcessiveNesting("a: 'it''s [[[['\nb: text with [[[ brackets\n", 2)).toBeUndefined();
  });

  it('finds the offset where flow, block or sequence nesting crosses the limit', () => {
    expect(findExcessiveNesting('[[[[', 3)).toBe(2);
    expect(findExcessiveNesting('a:\n b:\n  c:\n   d: 1\n', 3)).toBe(15);
    expect(findExcessiveNesting('- - - - x\n', 3)).toBe(4);
  });
});
