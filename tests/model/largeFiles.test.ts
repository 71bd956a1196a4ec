/**
 * Large files: above 64 KiB the positioned parser is js-yaml's event stream (the `yaml`
 * parser would take seconds); it must point at exactly the places `yaml` points at. And a
 * file with thousands of problems lists the first hundred and counts the rest.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/model';
import { generateClusterYaml } from '../support/generateCluster';

describe('large files', () => {
  const base = generateClusterYaml(220, 5);

  it('are positioned by js-yaml events, at the same places as by yaml', () => {
    expect(base.length).toBeGreaterThan(64 * 1024);
    const text = base
      .replace('{ name: red-10, node: node-3,', '{ name: red-10, node: node-333,')
      .replace(
        '{ name: red-20, node: node-5, labels: { app: red } }',
        '{ name: red-20, node: node-5, labels: { app: true } }',
      )
      .replace('  nodes:\n', '  nodez: 1\n  nodes:\n');
    const result = loadScenario(text);
    expect(loadScenario(text, { positioned: 'yaml' })).toEqual(result);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(result.diagnostics).toEqual([
      {
        message: 'unknown field `nodez` in cluster; did you mean `nodes`?',
        path: 'cluster.nodez',
        line: 7,
        column: 3,
        severity: 'error',
      },
      {
        message: '`cluster.pods.20.labels.app` must be a string, got boolean true',
        path: 'cluster.pods.20.labels.app',
        line: lineOf('red-20,'),
        column: 52,
        severity: 'error',
      },
    ]);
    const unknownNode = loadScenario(
      text.replace('  nodez: 1\n', '').replace('app: true', 'app: red'),
    );
    expect(
      unknownNode.ok ? [] : unknownNode.diagnostics.map((d) => [d.path, d.line, d.column]),
    ).toEqual([['cluster.pods.10.node', lineOf('red-10,') - 1, 29]]);
  }, 30_000);

  it('list the first 100 problems and count the others', () => {
    const fields = Array.from({ length: 5000 }, (_, i) => `  field${i}: x`).join('\n');
    const text = base.replace('metadata:\n', `metadata:\n${fields}\n`);
    const result = loadScenario(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(101);
    expect(result.diagnostics[0]).toMatchObject({ path: 'metadata.field0', line: 4, column: 3 });
    expect(result.diagnostics[100]?.message).toBe(
      '4900 more problems not shown (only the first 100 are listed)',
    );
  });
});
