/**
 * A production build with a broken scenario file: the build succeeds and carries the
 * file's diagnostics, so the app can show them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS_MODULE_ID, scenariosPlugin } from '../../src/app/build';
import { loadScenario } from '../../src/model';
import { BROKEN_RABBIT_HOLE, scenarioText } from './helpers';

describe('vite build with a broken scenario file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-build-'));
    writeFileSync(join(dir, 'rabbit-hole.yaml'), scenarioText('rabbit-hole'));
    writeFileSync(join(dir, 'broken.yaml'), BROKEN_RABBIT_HOLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('still builds for production, with the diagnostics in the bundle', async () => {
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src', 'entry.js'),
      `import { scenarios } from '${SCENARIOS_MODULE_ID}';\nconsole.log(scenarios.length);\n`,
    );
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [scenariosPlugin({ dir, load: loadScenario })],
      build: { write: false, lib: { entry: join(dir, 'src', 'entry.js'), formats: ['es'] } },
    });
    const outputs = Array.isArray(output) ? output : [output];
    const code = outputs
      .flatMap((o) => ('output' in o ? o.output : []))
      .map((chunk) => ('code' in chunk ? chunk.code : ''))
      .join('\n');
    expect(code).toContain('unknown field `metdata` at the top level');
    expect(code).toContain('"name\\":\\"rabbit-hole\\"');
  });
});
