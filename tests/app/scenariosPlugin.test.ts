/**
 * The scenarios plugin, through Vite itself: the virtual module as a dev server serves it,
 * a production build with a broken file, and a hot update after an edit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SCENARIOS_MODULE_ID,
  type ScenariosPluginOptions,
  scenariosPlugin,
} from '../../src/app/build';
import type { BundledScenario } from '../../src/app/scenarios/types';
import { loadScenario } from '../../src/model';
import {
  ALL_FILES,
  BROKEN_RABBIT_HOLE,
  retitledRabbitHole,
  SCENARIOS_DIR,
  scenarioText,
} from './helpers';

const servers: ViteDevServer[] = [];

async function serve(options: ScenariosPluginOptions, root = tmpdir()): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root,
    plugins: [scenariosPlugin(options)],
    server: { middlewareMode: true, watch: null, ws: false },
    appType: 'custom',
    logLevel: 'silent',
  });
  servers.push(server);
  return server;
}

async function virtualModule(server: ViteDevServer): Promise<BundledScenario[]> {
  const mod = await server.ssrLoadModule(SCENARIOS_MODULE_ID);
  return mod.scenarios as BundledScenario[];
}

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('virtual:packetwalk/scenarios from scenarios/', () => {
  it('equals loading each file with the loader (the default, lazily imported loader)', async () => {
    const entries = await virtualModule(await serve({ dir: SCENARIOS_DIR }));
    expect(entries.map((e) => e.fileName).sort()).toEqual(ALL_FILES);
    for (const e of entries) {
      const loaded = loadScenario(readFileSync(join(SCENARIOS_DIR, e.fileName), 'utf8'), {
        fileName: e.fileName,
      });
      // The module carries JSON: compare with the loader's result as JSON.
      expect(e.result).toEqual(JSON.parse(JSON.stringify(loaded)));
      if (loaded.ok) {
        expect(e.name).toBe(loaded.scenario.metadata.name);
        expect(e.title).toBe(loaded.scenario.metadata.title);
        expect(e.question).toBe(loaded.scenario.metadata.question);
      }
    }
  });

  it('lists rabbit-hole first and groups the rest by topic', async () => {
    const entries = await virtualModule(await serve({ dir: SCENARIOS_DIR, load: loadScenario }));
    expect(entries[0]?.name).toBe('rabbit-hole');
    const topics = entries.map((e) => e.topic);
    // Each topic is one run: no topic comes back after another started.
    expect(new Set(topics).size).toBe(topics.filter((t, i) => t !== topics[i - 1]).length);
  });
});

describe('with a broken file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-scenarios-'));
    writeFileSync(join(dir, 'rabbit-hole.yaml'), scenarioText('rabbit-hole'));
    writeFileSync(join(dir, 'broken.yaml'), BROKEN_RABBIT_HOLE);
    writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves its diagnostics instead of failing, named after the file', async () => {
    const entries = await virtualModule(await serve({ dir, load: loadScenario }));
    expect(entries.map((e) => [e.fileName, e.result.ok])).toEqual([
      ['rabbit-hole.yaml', true],
      ['broken.yaml', false],
    ]);
    const broken = entries[1];
    const expected = loadScenario(BROKEN_RABBIT_HOLE, { fileName: 'broken.yaml' });
    expect(broken).toMatchObject({ name: 'broken', title: 'broken.yaml', result: expected });
  });

  it('names a second file that claims a name already taken', async () => {
    writeFileSync(join(dir, 'zz-copy.yaml'), scenarioText('rabbit-hole'));
    const entries = await virtualModule(await serve({ dir, load: loadScenario }));
    const copy = entries.find((e) => e.fileName === 'zz-copy.yaml');
    expect(copy?.result).toEqual({
      ok: false,
      diagnostics: [
        expect.objectContaining({
          message:
            'metadata.name "rabbit-hole" is already used by rabbit-hole.yaml; every bundled scenario needs its own name',
        }),
      ],
    });
  });

  it('hot-updates the module when a file is edited, added or removed', async () => {
    const server = await serve({ dir, load: loadScenario });
    expect((await virtualModule(server))[0]?.title).toBe('Down the rabbit hole');
    const file = join(dir, 'rabbit-hole.yaml');
    writeFileSync(file, retitledRabbitHole('Edited'));
    server.watcher.emit('change', file);
    await vi.waitFor(async () => {
      expect((await virtualModule(server))[0]?.title).toBe('Edited');
    });
    writeFileSync(join(dir, 'local-policy.yaml'), scenarioText('local-policy'));
    server.watcher.emit('add', join(dir, 'local-policy.yaml'));
    await vi.waitFor(async () => {
      expect((await virtualModule(server)).map((e) => e.name)).toContain('local-policy');
    });
    rmSync(join(dir, 'broken.yaml'));
    server.watcher.emit('unlink', join(dir, 'broken.yaml'));
    await vi.waitFor(async () => {
      expect((await virtualModule(server)).map((e) => e.fileName)).toEqual([
        'rabbit-hole.yaml',
        'local-policy.yaml',
      ]);
    });
  });
});
