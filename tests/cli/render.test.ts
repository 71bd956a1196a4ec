import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { computeLayout } from '../../src/layout';
import { SCENARIO_DIR, SCENARIO_NAMES, scenarioAndTrace } from '../export/support/scenarios';
import { entityIds, parseSvg } from '../export/support/svgDom';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const RABBIT = 'scenarios/rabbit-hole.yaml';
const outDir = () => mkdtempSync(join(tmpdir(), 'pw-render-'));

describe('packetwalk render --format svg (no browser)', () => {
  it('draws every bundled scenario as well-formed SVG with every entity of its layout', async () => {
    const dir = outDir();
    for (const name of SCENARIO_NAMES) {
      const { scenario, trace } = scenarioAndTrace(name, { reply: true });
      const out = join(dir, `${name}.svg`);
      const step = String(Math.min(2, trace.steps.length));
      const result = await run(
        'render',
        join(SCENARIO_DIR, `${name}.yaml`),
        '--reply',
        '--step',
        step,
        '--out',
        out,
      );
      expect(result, name).toMatchObject({ code: 0, stdout: '' });
      const root = parseSvg(readFileSync(out, 'utf8'));
      const layout = computeLayout(scenario, { width: 1600, height: 900, model: 'real' });
      expect(entityIds(root), name).toEqual(new Set([...Object.keys(layout.entities), 'packet']));
      expect(root.getAttribute('data-step')).toBe(step);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('writes to standard output without --out, and follows --naive, --theme and the size', async () => {
    const result = await run(
      'render',
      RABBIT,
      '--naive',
      '--step',
      '5',
      '--theme',
      'dark',
      '--width',
      '1280',
      '--height',
      '720',
    );
    expect(result.code).toBe(0);
    const root = parseSvg(result.stdout);
    expect(root.getAttribute('data-model')).toBe('naive');
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1280', '720']);
    expect(entityIds(root)).toContain('service/red');
    const model = await run('render', RABBIT, '--model', 'naive', '--step', '5');
    expect(parseSvg(model.stdout).getAttribute('data-model')).toBe('naive');
  });

  it('draws the last step unless told otherwise', async () => {
    const { trace } = scenarioAndTrace('rabbit-hole');
    const result = await run('render', RABBIT);
    expect(parseSvg(result.stdout).getAttribute('data-step')).toBe(String(trace.steps.length));
  });
});

describe('packetwalk render: usage errors exit 2, files that do not load exit 1', () => {
  it.each([
    [['render', RABBIT, '--step', '9'], 'packetwalk render: --step must be 0..4\n'],
    [['render', RABBIT, '--step', '-1'], 'packetwalk render: --step must be 0..4\n'],
    [['render', RABBIT, '--step', 'two'], 'packetwalk render: --step must be 0..4\n'],
    [['render', RABBIT, '--reply', '--step', '9'], 'packetwalk render: --step must be 0..8\n'],
    [['render', RABBIT, '--step', 'all'], 'packetwalk render: --step all needs --format pdf\n'],
    [
      ['render', RABBIT, '--format', 'jpeg'],
      'packetwalk render: --format must be svg, png or pdf\n',
    ],
    [
      ['render', RABBIT, '--theme', 'neon'],
      'packetwalk render: --theme must be light, dark or contrast\n',
    ],
    [['render', RABBIT, '--model', 'wrong'], 'packetwalk render: --model must be real or naive\n'],
    [
      ['render', RABBIT, '--width', '12'],
      'packetwalk render: --width must be a whole number of pixels, 200..8192\n',
    ],
    [
      ['render', RABBIT, '--format', 'png'],
      'packetwalk render: --out PATH is needed for png (only svg goes to standard output)\n',
    ],
    [['render'], 'packetwalk render: give exactly one FILE\n'],
  ])('%j', async (argv, message) => {
    const result = await run(...argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('reports a file that does not load like validate, exit 1', async () => {
    const result = await run('render', 'no/such.yaml', '--out', join(outDir(), 'x.svg'));
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'no/such.yaml:1:1: error: cannot read file: no such file\n',
    });
  });

  it('says why it cannot write, exit 1, and leaves nothing behind', async () => {
    const dir = outDir();
    const result = await run('render', RABBIT, '--out', join(dir, 'missing', 'x.svg'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `packetwalk render: cannot write ${join(dir, 'missing', 'x.svg')}: no such directory\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the installed command (bin/packetwalk.mjs, the esbuild bundle)', () => {
  it('embeds the diagram stylesheet, resolved for the theme, in its SVG', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/packetwalk.mjs', 'render', RABBIT, '--step', '3', '--theme', 'contrast'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    const css = parseSvg(result.stdout).querySelector('style')?.textContent ?? '';
    expect(css).toContain('.pw-packet-card{fill:#ffffff;stroke:#0041a8');
    expect(css).toContain('.pw-link,.pw-card,.pw-node,.pw-pod{stroke-width:2.5}');
    expect(css).not.toMatch(/var\(|data-theme/);
  }, 60_000);

  it('without Chromium says what to do, exits 1, prints no stack trace and writes no file', () => {
    const dir = outDir();
    for (const format of ['png', 'pdf']) {
      const out = join(dir, `x.${format}`);
      const result = spawnSync(
        process.execPath,
        ['bin/packetwalk.mjs', 'render', RABBIT, '--out', out],
        {
          encoding: 'utf8',
          env: { ...process.env, CHROMIUM_PATH: '/nonexistent' },
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        'packetwalk: PNG and PDF need Chromium; install it (e.g. apt-get install chromium) or set CHROMIUM_PATH\n',
      );
      expect(existsSync(out)).toBe(false);
    }
  }, 60_000);
});
