/**
 * Property tests: whatever a text turns into, the loader answers with a scenario or with
 * diagnostics that point inside the file; it never throws. And the fast path (js-yaml) and
 * the positioned path (`yaml`) always give the same result.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LoadResult, loadScenario } from '../../src/model';
import { baseWith } from './helpers';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const BASES = [baseWith(), fixture('design-example.yaml'), fixture('kubectl-pasted.yaml')];

const SNIPPETS = [
  '*alias',
  '&a ',
  '!tag ',
  '<<: *a',
  '- ',
  ': ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '|',
  '>',
  '---',
  '? ',
  '\t',
  '~',
  '%YAML 1.2',
];
const VALUES = [
  '[]',
  '{}',
  '42',
  '-1',
  '3.5',
  'true',
  'null',
  '~',
  '"str"',
  "'80'",
  '0x50',
  '.inf',
  '',
  'yes',
  '[a, b]',
  '{ a: 1 }',
];

/** A mutation as data, so that a failing case prints readably. */
type Mutation =
  | { kind: 'delete-line' | 'duplicate-line' | 'tab' | 'truncate'; at: number }
  | { kind: 'char' | 'insert' | 'value'; at: number; text: string }
  | { kind: 'indent'; at: number; delta: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete-line', 'duplicate-line', 'tab', 'truncate'),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('char'),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }),
  fc.record({ kind: fc.constant('value'), at: fc.nat(), text: fc.constantFrom(...VALUES) }),
  fc.record({ kind: fc.constant('indent'), at: fc.nat(), delta: fc.integer({ min: -3, max: 3 }) }),
) as fc.Arbitrary<Mutation>;

/** Applies one mutation to a text. */
function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const index = m.at % lines.length;
  const line = lines[index] ?? '';
  const offset = m.at % (text.length + 1);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(index, 1);
      break;
    case 'duplicate-line':
      lines.splice(index, 0, line);
      break;
    case 'tab':
      lines[index] = `\t${line}`;
      break;
    case 'truncate':
      return text.slice(0, offset);
    case 'char':
      return text.slice(0, offset) + m.text + text.slice(offset + 1);
    case 'insert':
      return text.slice(0, offset) + m.text + text.slice(offset);
    case 'value':
      lines[index] = line.replace(/: .*$/, `: ${m.text}`);
      break;
    case 'indent':
      lines[index] =
        m.delta > 0
          ? ' '.repeat(m.delta) + line
          : line.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      break;
  }
  return lines.join('\n');
}

/** True when the YAML parsed: the scenario loaded, or only the scenario's content is wrong. */
function yamlWasFine(result: LoadResult): boolean {
  return result.ok || result.diagnostics.every((d) => d.path !== '');
}

/** Throws unless every diagnostic lies inside the text. */
function assertInside(result: LoadResult, text: string): void {
  const lines = text.split(/\r?\n|\r/);
  const diagnostics = result.ok ? result.warnings : result.diagnostics;
  if (!result.ok) expect(diagnostics.length).toBeGreaterThan(0);
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

describe('mutated scenarios', () => {
  it.each(BASES.map((text, i) => [i, text] as const))(
    'base %i: never throws, diagnostics point inside the file',
    (_i, base) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const text = mutations.reduce(mutate, base);
          const result = loadScenario(text);
          assertInside(result, text);
          expect(loadScenario(text, { positioned: 'yaml' })).toEqual(result);
          // The positioned parser for large files agrees wherever both parsers read the YAML
          // (js-yaml is stricter on a few things, such as a tab after `:` in a flow mapping).
          const events = loadScenario(text, { positioned: 'js-yaml' });
          assertInside(events, text);
          if (yamlWasFine(result) && yamlWasFine(events)) expect(events).toEqual(result);
        }),
        { numRuns: 150 },
      );
    },
    60_000,
  );
});
