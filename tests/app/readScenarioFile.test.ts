import { describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_BYTES, readScenarioFile } from '../../src/app/file/readScenarioFile';
import { BROKEN_RABBIT_HOLE, scenarioText } from './helpers';

function file(name: string, text: string, size = text.length) {
  return { name, size, text: async () => text };
}

describe('readScenarioFile', () => {
  it('loads a good file with the lazily imported loader', async () => {
    const read = await readScenarioFile(file('mine.yaml', scenarioText('rabbit-hole')));
    expect(read.ok && read.result.ok && read.result.scenario.metadata.name).toBe('rabbit-hole');
  });

  it("returns the loader's diagnostics for a broken file", async () => {
    const read = await readScenarioFile(file('mine.yml', BROKEN_RABBIT_HOLE));
    expect(read.ok && !read.result.ok && read.result.diagnostics.length).toBeGreaterThan(0);
  });

  it('refuses other files and huge files without importing the loader', async () => {
    const importLoader = vi.fn();
    expect(await readScenarioFile(file('notes.txt', 'x'), importLoader)).toEqual({
      ok: false,
      fileName: 'notes.txt',
      message: 'only .yaml or .yml scenario files can be opened',
    });
    const huge = await readScenarioFile(file('big.yaml', '', MAX_OPEN_BYTES + 1), importLoader);
    expect(huge).toEqual({
      ok: false,
      fileName: 'big.yaml',
      message: 'the file is 4.0 MiB; scenario files are limited to 1 MiB',
    });
    expect(importLoader).not.toHaveBeenCalled();
  });

  it('reports a loader that fails to download', async () => {
    const read = await readScenarioFile(file('a.yaml', 'x'), async () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    expect(read).toEqual({
      ok: false,
      fileName: 'a.yaml',
      message: 'could not read the file: Failed to fetch dynamically imported module',
    });
  });
});
