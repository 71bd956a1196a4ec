import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { loadScenario } from '../../src/model';
import { walk } from '../../src/sim';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pw-cli-')), name);
  writeFileSync(path, text);
  return path;
}

const RABBIT = 'scenarios/rabbit-hole.yaml';
const BROKEN = `apiVersion: packetwalk/v1
kind: Scenario
metadata:
  name: Broken_Name
cluster:
  proxymode: iptables
  nodes:
    - name: node-1
`;

describe('packetwalk validate', () => {
  it('accepts every bundled scenario with exit 0 (warnings only, no errors)', async () => {
    const files = readdirSync('scenarios').map((f) => join('scenarios', f));
    const result = await run('validate', ...files);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/: error: /);
    expect((await run('validate', RABBIT)).stderr).toBe('');
  });

  it('prints FILE:LINE:COL: error: MESSAGE per problem and exits 1', async () => {
    const file = tempFile('broken.yaml', BROKEN);
    const result = await run('validate', file);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^.+:\d+:\d+: (error|warning): .+$/);
    expect(result.stderr).toContain(`${file}:4:9: error:`);
    expect(result.stderr).toMatch(new RegExp(`${file}:6:3: error: .*proxymode.*proxyMode`));
  });

  it('reports a missing file in the same format', async () => {
    const result = await run('validate', 'no/such/file.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('no/such/file.yaml:1:1: error: cannot read file: no such file\n');
  });

  it('checks every file even after one fails', async () => {
    const bad = tempFile('bad.yaml', BROKEN);
    const result = await run('validate', bad, RABBIT, 'missing.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(bad);
    expect(result.stderr).toContain('missing.yaml:1:1: error:');
    expect(result.stderr).not.toContain(RABBIT);
  });
});

describe('packetwalk trace', () => {
  it('--json prints exactly the trace of walk()', async () => {
    const loaded = loadScenario(readFileSync(RABBIT, 'utf8'), { fileName: RABBIT });
    if (!loaded.ok) throw new Error('rabbit-hole must load');
    for (const [flags, options] of [
      [[], { model: 'real', reply: false }],
      [['--reply'], { model: 'real', reply: true }],
      [['--naive'], { model: 'naive', reply: false }],
      [['--naive', '--reply'], { model: 'naive', reply: true }],
    ] as const) {
      const result = await run('trace', RABBIT, '--json', ...flags);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(walk(loaded.scenario, options));
    }
  });

  it('answers the quiz: three hops, four in the naive picture', async () => {
    expect(JSON.parse((await run('trace', RABBIT, '--json')).stdout).hops).toBe(3);
    expect(JSON.parse((await run('trace', RABBIT, '--json', '--naive')).stdout).hops).toBe(4);
  });

  it('is deterministic: the same file gives the same bytes', async () => {
    const a = await run('trace', RABBIT, '--json', '--reply');
    const b = await run('trace', RABBIT, '--json', '--reply');
    expect(a.stdout).toBe(b.stdout);
    const c = await run('trace', RABBIT);
    const d = await run('trace', RABBIT);
    expect(c.stdout).toBe(d.stdout);
  });

  it('table output fits an 80-column terminal and names every leg', async () => {
    for (const file of readdirSync('scenarios')) {
      const result = await run('trace', join('scenarios', file), '--reply');
      expect(result.code).toBe(0);
      for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
      expect(result.stdout).toMatch(/Outcome: /);
    }
    const rabbit = (await run('trace', RABBIT)).stdout;
    expect(rabbit).toContain('cloud-lb -> node-3');
    expect(rabbit).toContain('Outcome: delivered to red-1. 3 counted hops');
  });

  it('a file that does not load: diagnostics as validate prints them, exit 1, nothing on stdout', async () => {
    const file = tempFile('broken.yaml', BROKEN);
    const result = await run('trace', file, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}:4:9: error:`);
  });
});

describe('usage errors', () => {
  it.each([
    [[], 2],
    [['frobnicate'], 2],
    [['trace'], 2],
    [['trace', RABBIT, '--jsn'], 2],
    [['validate'], 2],
    [['help'], 0],
    [['--help'], 0],
  ])('%j exits %i', async (argv, code) => {
    const result = await run(...(argv as string[]));
    expect(result.code).toBe(code);
    expect(`${result.stdout}${result.stderr}`).toMatch(/packetwalk/);
  });

  it('suggests the known flags for a typo', async () => {
    const result = await run('trace', RABBIT, '--jsn');
    expect(result.stderr).toContain('unknown option --jsn');
    expect(result.stderr).toContain('--json');
  });
});

describe('the installed command', () => {
  it('runs through bin/packetwalk.mjs on plain Node, reading standard input for -', () => {
    const text = readFileSync(RABBIT, 'utf8');
    const result = spawnSync(process.execPath, ['bin/packetwalk.mjs', 'trace', '-', '--json'], {
      input: text,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).hops).toBe(3);
    const bad = spawnSync(process.execPath, ['bin/packetwalk.mjs', 'validate', '-'], {
      input: BROKEN,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^<stdin>:4:9: error: /m);
  });
});
