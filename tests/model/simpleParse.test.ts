/**
 * parse/simple.ts, the reader for plain YAML: whenever it answers, it must build exactly
 * what js-yaml (the loader's fast path) and `yaml` (its positioned path) build; on anything
 * outside its subset it must step aside (undefined), never guess.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseSimple } from '../../src/model/parse/simple';
import { generateClusterYaml } from '../support/generateCluster';

const root = new URL('../../', import.meta.url);
const files = (path: string) =>
  readdirSync(new URL(path, root))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [`${path}${name}`, readFileSync(new URL(`${path}${name}`, root), 'utf8')]);

describe('parseSimple', () => {
  it.each([
    ['a: 1', { a: 1 }],
    ['a: 0\nb: 65535', { a: 0, b: 65535 }],
    ['a: true\nb: false\nc: null\nd:', { a: true, b: false, c: null, d: null }],
    ['a: yes\nb: on\nc: No', { a: 'yes', b: 'on', c: 'No' }],
    ['ip: 10.244.1.5\ncidr: 10.244.0.0/16', { ip: '10.244.1.5', cidr: '10.244.0.0/16' }],
    ["a: 'it''s'\nb: \"x: y # z\"", { a: "it's", b: 'x: y # z' }],
    ['a: GET /x, then 2 [ok] # note', { a: 'GET /x, then 2 [ok]' }],
    ['a:\n- 1\n- x\nb: 2', { a: [1, 'x'], b: 2 }],
    ['a:\n  - name: n1\n    ip: 1.2.3.4\n  - n2', { a: [{ name: 'n1', ip: '1.2.3.4' }, 'n2'] }],
    ['a: { b: [1, x, "y"], c: {} , d: [] }', { a: { b: [1, 'x', 'y'], c: {}, d: [] } }],
    ['# modeline\n\na:\n  b:\n    c: d  # c\n', { a: { b: { c: 'd' } } }],
    [
      'nginx.ingress.kubernetes.io/service-upstream: "true"',
      {
        'nginx.ingress.kubernetes.io/service-upstream': 'true',
      },
    ],
    ['a: 1\r\nb: 2\r\n', { a: 1, b: 2 }],
  ])('reads %j', (text, expected) => {
    expect(parseSimple(text)).toEqual({ value: expected });
    expect(parseSimple(text)?.value).toEqual(load(text, { schema: CORE_SCHEMA }));
  });

  it.each([
    ['a number it is not sure of', 'a: 1.5'],
    ['octal-looking', 'a: 010'],
    ['hex', 'a: 0x1F'],
    ['a negative number', 'a: -1'],
    ['other spellings of true', 'a: True'],
    ['~', 'a: ~'],
    ['.inf', 'a: .inf'],
    ['an escape', 'a: "x\\ny"'],
    ['an anchor', 'a: &x 1\nb: *x'],
    ['a tag', 'a: !!str 1'],
    ['a block scalar', 'a: >-\n  folded'],
    ['a multi-line plain scalar', 'a: one\n  two'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['a duplicate flow key', 'a: { b: 1, b: 2 }'],
    ['a tab', 'a:\n\tb: 1'],
    ['a document marker', '---\na: 1'],
    ['a directive', '%YAML 1.2\n---\na: 1'],
    ['a flow collection over two lines', 'a: [1,\n  2]'],
    ['a trailing comma', 'a: [1, 2, ]'],
    ['a quoted key', '"a": 1'],
    ['a numeric key', '80: http'],
    ['a boolean key', 'true: 1'],
    ['a merge key', 'a: 1\n<<: { b: 2 }'],
    ['__proto__', '__proto__: { polluted: true }'],
    ['a value with ": "', 'a: b: c'],
    ['an empty file', ''],
    ['a scalar document', 'hello'],
    ['a byte order mark', '\uFEFFa: 1'],
    ['deep nesting', `a: ${'['.repeat(150)}${']'.repeat(150)}`],
    ['a deeper line after a value', 'a: 1\n    b: 2'],
    ['a trailing Unicode space, which YAML keeps', 'a: A\u2002'],
    ['an ideographic space, which YAML keeps', 'a:\n  b: \u3000x'],
    ['a no-break space before a key', 'a:\n\u00a0 b: 1'],
  ])('steps aside on %s', (_what, text) => {
    expect(parseSimple(text)).toBeUndefined();
  });

  it('reads generated clusters (the benchmark files), as js-yaml does', () => {
    for (const [nodes, pods] of [
      [10, 10],
      [100, 10],
      [300, 3],
    ] as const) {
      const text = generateClusterYaml(nodes, pods);
      const simple = parseSimple(text);
      expect(simple, `${nodes} nodes`).toBeDefined();
      expect(simple?.value).toEqual(load(text, { schema: CORE_SCHEMA }));
    }
  });

  it.each([...files('scenarios/'), ...files('tests/model/fixtures/')])(
    '%s: when it answers, as js-yaml',
    (_name, text) => {
      const simple = parseSimple(text ?? '');
      if (simple) expect(simple.value).toEqual(load(text ?? '', { schema: CORE_SCHEMA }));
    },
  );

  // Mostly what scenario files hold (words, ports, addresses), with tricky values mixed in.
  const scalar = fc.oneof(
    { arbitrary: fc.stringMatching(/^[a-z][a-z0-9 ./,-]{0,12}$/), weight: 4 },
    { arbitrary: fc.nat(65535), weight: 3 },
    { arbitrary: fc.ipV4(), weight: 1 },
    { arbitrary: fc.oneof(fc.boolean(), fc.constant(null)), weight: 1 },
    { arbitrary: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double()), weight: 1 },
    {
      arbitrary: fc.constantFrom('10.244.0.0/16', 'yes', 'True', '0x10', '1e3', '- a', 'a: b'),
      weight: 1,
    },
  );
  const key = fc.oneof(
    { arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_./-]{0,12}$/), weight: 5 },
    { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  );
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  })).map;

  it('never disagrees with js-yaml and yaml on generated documents in any style', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        tree,
        fc.integer({ min: -1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (data, flowLevel, indent, useYaml) => {
          const text = useYaml
            ? stringify(data, { indent, collectionStyle: flowLevel < 0 ? 'block' : 'any' })
            : dump(data, { flowLevel, indent });
          const simple = parseSimple(text);
          if (!simple) return;
          answered++;
          expect(simple.value).toEqual(load(text, { schema: CORE_SCHEMA }));
          expect(simple.value).toEqual(parse(text, { schema: 'core' }));
        },
      ),
      { numRuns: 1000 },
    );
    // The comparison means something only if the reader answers often enough.
    expect(answered).toBeGreaterThan(100);
  }, 30_000);
});
