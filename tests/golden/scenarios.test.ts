/**
 * Golden traces: every file in scenarios/ is loaded and walked three ways (real, real with
 * reply legs, naive), and each trace is compared with its snapshot in __snapshots__/.
 * A new scenario file is covered automatically; `vitest -u` writes its snapshots.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/model';
import { type WalkOptions, walk } from '../../src/sim';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const VARIANTS: Record<string, WalkOptions> = {
  real: { model: 'real' },
  reply: { model: 'real', reply: true },
  naive: { model: 'naive' },
};

describe('scenarios/', () => {
  it('holds the bundled scenarios, rabbit-hole among them', () => {
    expect(files).toContain('rabbit-hole.yaml');
    expect(files.length).toBeGreaterThanOrEqual(11);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const loaded = loadScenario(text, { fileName: file });

    it('starts with the schema line, apiVersion and kind, and loads under its own name', () => {
      expect(text.split('\n').slice(0, 3)).toEqual([
        '# yaml-language-server: $schema=../schema/scenario.schema.json',
        'apiVersion: packetwalk/v1',
        'kind: Scenario',
      ]);
      if (!loaded.ok)
        throw new Error(
          loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'),
        );
      expect(`${loaded.scenario.metadata.name}.yaml`).toBe(file);
      expect(loaded.scenario.metadata.question).toBeTruthy();
      expect(loaded.scenario.notes.length).toBeGreaterThan(0);
      const steps = walk(loaded.scenario, { reply: true }).steps.length;
      for (const note of loaded.scenario.notes) expect(note.step).toBeLessThanOrEqual(steps);
    });

    it.each(Object.entries(VARIANTS))('walks %s as its snapshot', async (variant, options) => {
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const trace = walk(loaded.scenario, options);
      const name = file.replace(/\.yaml$/, '');
      await expect(`${JSON.stringify(trace, null, 2)}\n`).toMatchFileSnapshot(
        join('__snapshots__', `${name}.${variant}.json`),
      );
    });
  });
});
