/**
 * The fast path (js-yaml, no positions) and the positioned path (`yaml`) must build the
 * same Scenario from the same text: on every bundled scenario, and on generated documents
 * written in every YAML style the two serializers produce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument, stringify } from 'yaml';
import { loadScenario } from '../../src/model';
import { generateClusterYaml } from '../support/generateCluster';
import { baseWith } from './helpers';

const root = new URL('../../', import.meta.url);
const dir = (path: string) => new URL(path, root);
const files = (path: string) =>
  readdirSync(dir(path))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [`${path}${name}`, readFileSync(dir(`${path}${name}`), 'utf8')] as const);

const texts = [
  ...files('scenarios/'),
  ...files('tests/model/fixtures/'),
  ['generated 50x4', generateClusterYaml(50, 4)] as const,
];

describe('fast path = positioned path', () => {
  it.each(texts)('%s', (_name, text) => {
    const fast = loadScenario(text);
    expect(fast.ok).toBe(true);
    expect(loadScenario(text, { positioned: 'yaml' })).toEqual(fast);
  });
});

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc.constantFrom(
    'yes',
    'no',
    'on',
    'off',
    'null',
    '~',
    '0x1F',
    '1e3',
    '.inf',
    '010',
    '- a',
    'a: b',
    '#x',
    '@x',
    '`x',
    '"',
    "'",
  ),
);
const labelValue = fc.stringMatching(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,10}[A-Za-z0-9])?)?$/);

const document = fc.record({
  title: text,
  question: text,
  host: text,
  // At least one note: yaml's stringify writes an empty list under a key as an unindented `[]`.
  notes: fc.array(fc.record({ step: fc.integer({ min: 1, max: 9 }), text }), {
    minLength: 1,
    maxLength: 3,
  }),
  annotation: text,
  tier: labelValue,
  port: fc.integer({ min: 1, max: 65535 }),
});

type Doc = typeof document extends fc.Arbitrary<infer T> ? T : never;

const yamlStyle = fc.record({
  defaultStringType: fc.constantFrom(
    'PLAIN',
    'QUOTE_DOUBLE',
    'QUOTE_SINGLE',
    'BLOCK_LITERAL',
    'BLOCK_FOLDED',
  ),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  lineWidth: fc.integer({ min: 20, max: 120 }),
});
const jsYamlStyle = fc.record({
  flowLevel: fc.integer({ min: -1, max: 4 }),
  indent: fc.integer({ min: 1, max: 4 }),
  lineWidth: fc.integer({ min: 20, max: 120 }),
  quoteStyle: fc.constantFrom('single', 'double'),
  forceQuotes: fc.boolean(),
});

/** The base scenario with generated texts, labels and a port written into it. */
function build(doc: Doc) {
  const data = parse(baseWith());
  data.metadata.title = doc.title;
  data.metadata.question = doc.question;
  data.request.host = doc.host;
  data.notes = doc.notes;
  data.cluster.pods[1].labels.tier = doc.tier;
  data.services[1].metadata.annotations = { 'example.com/note': doc.annotation };
  data.services[1].spec.ports[0].targetPort = doc.port;
  return data;
}

describe('Unicode white space', () => {
  // Found by the property below: js-yaml writes `question: A\u2002` unquoted, and the plain
  // reader used to trim the U+2002 away.
  it.each(['\u2002', '\u3000', '\u00a0', '\u205f'])('keeps a trailing %j as yaml does', (space) => {
    const text = baseWith().replace('  title: Mini', `  title: Mini\n  question: A${space}`);
    const fast = loadScenario(text);
    expect(fast.ok && fast.scenario.metadata.question).toBe(`A${space}`);
    expect(loadScenario(text, { positioned: 'yaml' })).toEqual(fast);
  });
});

describe('generated documents', () => {
  it('load the same way on both paths, whatever the YAML style', () => {
    fc.assert(
      fc.property(
        document,
        fc.oneof(
          yamlStyle.map((s) => ['yaml', s] as const),
          jsYamlStyle.map((s) => ['js-yaml', s] as const),
        ),
        (doc, [writer, style]) => {
          const data = build(doc);
          const source =
            writer === 'yaml' ? stringify(data, style as never) : dump(data, style as never);
          const fast = loadScenario(source);
          expect(loadScenario(source, { positioned: 'yaml' })).toEqual(fast);
          // What `yaml` reads back is the reference: a serializer may not round-trip every
          // string, and yaml's stringify can split an escape sequence when it folds a line.
          const written = parseDocument(source);
          if (written.errors.length > 0) return;
          if (!fast.ok) expect.fail(JSON.stringify(fast.diagnostics));
          const read = written.toJS();
          expect(fast.scenario.metadata.title).toBe(read.metadata.title);
          expect(fast.scenario.notes).toEqual(read.notes);
          expect(fast.scenario.services[1]?.annotations).toEqual(
            read.services[1].metadata.annotations,
          );
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
