/**
 * Files that are not a usable YAML document: each gives one diagnostic with a line and a
 * column, and never an exception. No timing assertions; the test timeout is the guard.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/model';
import { BASE, baseWith, mustFail, mustLoad } from './helpers';

const EMPTY =
  'the file is empty; a scenario is a YAML mapping that starts with `apiVersion: packetwalk/v1`';
const NOT_A_MAP = 'a scenario must be a YAML mapping (apiVersion, kind, metadata, ...), got';
const TOO_DEEP = 'the YAML nests deeper than 100 levels; a scenario needs far fewer';

/** The classic "billion laughs": nine levels of nine aliases each. */
function billionLaughs(): string {
  const lines = ['lol0: &lol0 "lol"'];
  for (let i = 1; i <= 9; i++) {
    lines.push(`lol${i}: &lol${i} [${Array.from({ length: 9 }, () => `*lol${i - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

type Row = [name: string, text: string, line: number, column: number, message: string];

/** Syntax errors that js-yaml words (and places) its own way. */
const OWN_WORDING = new Set(['a syntax error', 'an unclosed quote']);

const rows: Row[] = [
  [
    'a syntax error',
    baseWith({ 42: '  targets: [node-1, node-2' }),
    43,
    3,
    'YAML: flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  [
    'a tab used for indentation',
    baseWith({ 5: '\ttitle: Mini' }),
    5,
    1,
    'tabs are not allowed as indentation; indent with spaces',
  ],
  [
    'a duplicate key',
    baseWith({ 5: '  name: again' }),
    5,
    3,
    'duplicate key `name`: the keys of a mapping must be unique',
  ],
  ['an empty file', '', 1, 1, EMPTY],
  ['a file of comments only', '# nothing\n# here\n', 1, 1, EMPTY],
  ['a bare document marker', '---\n', 1, 1, EMPTY],
  ['a list document', '- a\n- b\n', 1, 1, `${NOT_A_MAP} a list`],
  ['a scalar document', 'hello\n', 1, 1, `${NOT_A_MAP} a single value ("hello")`],
  [
    'several documents',
    `${baseWith()}---\nfoo: 1\n`,
    BASE.length + 1,
    1,
    'a scenario file holds one YAML document, found 2',
  ],
  [
    'an alias bomb',
    billionLaughs(),
    2,
    14,
    'aliases expand to too many nodes (more than 100); an alias bomb ("billion laughs") is refused',
  ],
  ['10,000 nested [', '['.repeat(10_000), 1, 100, TOO_DEEP],
  ['10,000 nested { inside a mapping', `a: ${'{a: '.repeat(10_000)}`, 1, 400, TOO_DEEP],
  [
    'deep block nesting',
    Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
    101,
    101,
    TOO_DEEP,
  ],
  ['deeply nested dashes', `${'- '.repeat(300)}x\n`, 1, 199, TOO_DEEP],
  [
    'an unknown alias',
    baseWith({ 5: '  title: *nope' }),
    5,
    10,
    'unknown alias `*nope`: no anchor `&nope` is defined before it',
  ],
  ['an unknown tag', baseWith({ 5: '  title: !foo Mini' }), 5, 10, 'unknown tag `!foo`'],
  [
    'a numeric key',
    baseWith({ 14: '    - { name: ingress, node: node-1, labels: { 80: ingress } }' }),
    14,
    48,
    'key 80 must be a string; quote it: "80"',
  ],
  [
    'a __proto__ key',
    baseWith({ 5: '  __proto__: x' }),
    5,
    3,
    '`__proto__` is not allowed as a key',
  ],
  [
    'an unclosed quote',
    baseWith({ 5: '  title: "Mini' }),
    BASE.length + 1,
    1,
    'YAML: missing closing "quote',
  ],
];

describe('YAML-level diagnostics', () => {
  it.each(rows)('%s', (_name, text, line, column, message) => {
    const expected = [{ message, path: '', line, column, severity: 'error' }];
    expect(mustFail(text)).toEqual(expected);
    // The positioned parser for large files says the same, except where the two parsers
    // word a syntax error differently.
    const events = loadScenario(text, { positioned: 'js-yaml' });
    if (!OWN_WORDING.has(_name)) expect(events).toEqual({ ok: false, diagnostics: expected });
    else expect(events.ok).toBe(false);
  });

  it('refuses an alias into its own anchor and a file full of aliases', () => {
    const cycle = 'a: &x [1, *x]\n';
    const many = `a: &x 1\nb: [${'*x, '.repeat(150)}]\n`;
    for (const positioned of ['yaml', 'js-yaml'] as const) {
      expect(loadScenario(cycle, { positioned })).toEqual({
        ok: false,
        diagnostics: [
          {
            message: 'an alias cannot point into its own anchor',
            path: '',
            line: 1,
            column: 11,
            severity: 'error',
          },
        ],
      });
      expect(loadScenario(many, { positioned })).toEqual({
        ok: false,
        diagnostics: [
          {
            message:
              'more than 100 aliases; a scenario needs few, and a file full of them is refused',
            path: '',
            line: 2,
            column: 405,
            severity: 'error',
          },
        ],
      });
    }
  });

  it('refuses a 5 MiB file, pointing at the first byte beyond 1 MiB', () => {
    const text = `${'#'.repeat(1024 * 1024 - 1)}\n${'x'.repeat(4 * 1024 * 1024)}\n`;
    expect(mustFail(text)).toEqual([
      {
        message: 'the file is 5.0 MiB; scenario files are limited to 1 MiB',
        path: '',
        line: 2,
        column: 1,
        severity: 'error',
      },
    ]);
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    const text = `# ${'é'.repeat(600_000)}\n${baseWith()}`;
    expect(text.length).toBeLessThan(1024 * 1024);
    expect(mustFail(text)[0]?.message).toBe(
      'the file is 1.1 MiB; scenario files are limited to 1 MiB',
    );
  });
});

describe('YAML that loads', () => {
  const expected = mustLoad(baseWith()).scenario;

  it('accepts a byte-order mark, CRLF line ends and a document marker', () => {
    expect(mustLoad(`\uFEFF${baseWith()}`).scenario).toEqual(expected);
    expect(mustLoad(baseWith().replace(/\n/g, '\r\n')).scenario).toEqual(expected);
    expect(mustLoad(`---\n${baseWith()}...\n`).scenario).toEqual(expected);
  });

  it('expands anchors, aliases and merge keys like the written-out form', () => {
    const text = baseWith({
      15: '    - { name: web-1, node: node-2, labels: &web { app: web } }',
      16: '    - { name: web-2, node: node-2, labels: *web, ip: 10.244.2.9 }',
      27: '      selector: { <<: *web }',
    });
    expect(mustLoad(text).scenario).toEqual(expected);
  });

  it('reads YAML 1.2 core scalars: yes stays a string, 0x50 is 80', () => {
    const text = baseWith({
      5: '  title: yes',
      23: '      ports: [{ port: 0x50, targetPort: 80, nodePort: 30080 }]',
    });
    const { scenario } = mustLoad(text);
    expect(scenario.metadata.title).toBe('yes');
    expect(scenario.services[0]?.ports[0]?.port).toBe(80);
  });

  it('never throws on non-string input', () => {
    expect(() => loadScenario(undefined as unknown as string)).not.toThrow();
    expect(loadScenario(undefined as unknown as string).ok).toBe(false);
  });
});
