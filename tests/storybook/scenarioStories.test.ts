/**
 * The generated scenario stories (.storybook/scenarioStories): the indexer and the CSF
 * module agree on titles and export names for every file of scenarios/, so Storybook (and
 * addon-vitest) find each listed story in its module.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCsf } from 'storybook/internal/csf-tools';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  SCENARIO_STORIES,
  scenarioIndexer,
  scenarioTitle,
} from '../../.storybook/scenarioStories/index.ts';
import { prepareScenario } from '../../.storybook/scenarioStories/prepareScenario.ts';
import { renderScenarioCsf } from '../../.storybook/scenarioStories/renderScenarioCsf.ts';

const DIR = join(import.meta.dirname, '..', '..', 'scenarios');
const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

function csfOf(file: string) {
  const text = readFileSync(file, 'utf8');
  const code = renderScenarioCsf({
    title: scenarioTitle(file, text),
    prepared: prepareScenario(file.split('/').pop() ?? '', text),
    componentModule: '../stories/support/ScenarioStory.tsx',
  });
  return loadCsf(code, { fileName: file, makeTitle: (t) => t ?? 'untitled' }).parse();
}

describe('scenario stories', () => {
  it.each(FILES)('%s: the index and the CSF module list the same stories', async (name) => {
    const file = join(DIR, name);
    const inputs = await scenarioIndexer.createIndex(file, { makeTitle: (t) => t ?? '' });
    const csf = csfOf(file);
    const metadataName = parse(readFileSync(file, 'utf8')).metadata.name;
    expect(inputs.map((i) => i.title)).toEqual(
      SCENARIO_STORIES.map(() => `Scenarios/${metadataName}`),
    );
    expect(csf.meta.title).toBe(`Scenarios/${metadataName}`);
    expect(inputs.map((i) => (i.type === 'story' ? i.exportName : ''))).toEqual(
      Object.keys(csf._stories),
    );
  });

  it('the Walk story of the quiz ends at its last leg; Start at the client', () => {
    const csf = csfOf(join(DIR, 'rabbit-hole.yaml'));
    expect(csf._stories.Walk?.id).toBe('scenarios-rabbit-hole--walk');
    const text = readFileSync(join(DIR, 'rabbit-hole.yaml'), 'utf8');
    const { counts } = prepareScenario('rabbit-hole.yaml', text);
    expect(counts).toEqual({ real: 4, naive: 5, reply: 8 });
  });
});

describe('scenarioTitle', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('names the title after metadata.name, a later duplicate after its file', () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-titles-'));
    writeFileSync(join(dir, 'a.yaml'), 'metadata:\n  name: same\n');
    writeFileSync(join(dir, 'b.yaml'), 'metadata:\n  name: same\n');
    expect(scenarioTitle(join(dir, 'a.yaml'))).toBe('Scenarios/same');
    expect(scenarioTitle(join(dir, 'b.yaml'))).toBe('Scenarios/b.yaml');
  });

  it('falls back to the file name for text that is not YAML or names itself badly', () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-titles-'));
    writeFileSync(join(dir, 'broken.yaml'), 'metadata: { name: oops\n');
    writeFileSync(join(dir, 'slashy.yaml'), 'metadata:\n  name: a/b\n');
    expect(scenarioTitle(join(dir, 'broken.yaml'))).toBe('Scenarios/broken');
    expect(scenarioTitle(join(dir, 'slashy.yaml'))).toBe('Scenarios/slashy');
  });

  it('a file that does not load still gets its stories, rendering its diagnostics', () => {
    const prepared = prepareScenario('broken.yaml', 'metadata: { name: oops\n');
    expect(prepared.entry.result.ok).toBe(false);
    expect(prepared.counts).toEqual({ real: 0, naive: 0, reply: 0 });
    const code = renderScenarioCsf({
      title: 'Scenarios/broken',
      prepared,
      componentModule: './ScenarioStory.tsx',
    });
    const csf = loadCsf(code, { fileName: 'broken.yaml', makeTitle: (t) => t ?? '' }).parse();
    expect(Object.keys(csf._stories)).toEqual(SCENARIO_STORIES.map((s) => s.exportName));
  });
});
