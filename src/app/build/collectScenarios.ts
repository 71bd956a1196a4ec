/**
 * Reads every scenario file of a folder with the real loader, at build time (Node only).
 * A file that fails to load becomes an entry with its diagnostics, never a build error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, LoadOptions, LoadResult } from '../../model';
import type { BundledScenario } from '../scenarios/types';
import { teachingRank } from './teachingOrder.ts';

/** The loader's signature (`loadScenario` of src/model), injected so Node can load it late. */
export type ScenarioLoader = (text: string, options?: LoadOptions) => LoadResult;

/**
 * Tells whether a file name is a scenario file.
 * @param fileName - a file name or path
 * @returns true for `.yaml` and `.yml`
 */
export function isScenarioFileName(fileName: string): boolean {
  return /\.ya?ml$/i.test(fileName);
}

function stem(fileName: string): string {
  return fileName.replace(/\.ya?ml$/i, '');
}

function wholeFile(message: string): Diagnostic {
  return { message, path: '', line: 1, column: 1, severity: 'error' };
}

/**
 * Loads one file's text into a bundled entry.
 * @param fileName - the file's name inside the folder
 * @param text - its contents
 * @param load - the loader (`loadScenario`)
 * @returns the entry; a failing file is named after the file
 */
export function bundleScenario(
  fileName: string,
  text: string,
  load: ScenarioLoader,
): BundledScenario {
  const result = load(text, { fileName });
  if (!result.ok) {
    const name = stem(fileName);
    const { topic } = teachingRank(name);
    return { name, fileName, title: fileName, topic, result };
  }
  const { metadata } = result.scenario;
  const entry: BundledScenario = {
    name: metadata.name,
    fileName,
    title: metadata.title,
    topic: teachingRank(metadata.name).topic,
    result: { ok: true, scenario: result.scenario, warnings: result.warnings },
  };
  if (metadata.question !== undefined) entry.question = metadata.question;
  return entry;
}

/** A second file claiming a name already taken would make `?scenario=` ambiguous. */
function rejectDuplicates(entries: BundledScenario[]): BundledScenario[] {
  const owners = new Map<string, string>();
  return entries.map((entry) => {
    const owner = owners.get(entry.name);
    if (owner === undefined) {
      owners.set(entry.name, entry.fileName);
      return entry;
    }
    const message = `metadata.name "${entry.name}" is already used by ${owner}; every bundled scenario needs its own name`;
    return { ...entry, result: { ok: false, diagnostics: [wholeFile(message)] } };
  });
}

function byTeachingOrder(a: BundledScenario, b: BundledScenario): number {
  const ra = teachingRank(a.name).rank;
  const rb = teachingRank(b.name).rank;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0;
}

/**
 * Loads every `.yaml`/`.yml` file of a folder.
 * @param dir - the folder (absolute path)
 * @param load - the loader (`loadScenario`)
 * @returns one entry per file, in teaching order (rabbit-hole first); an unreadable folder gives []
 */
export function collectScenarios(dir: string, load: ScenarioLoader): BundledScenario[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter(isScenarioFileName).sort();
  } catch {
    return [];
  }
  const entries = files.map((fileName) => {
    try {
      return bundleScenario(fileName, readFileSync(join(dir, fileName), 'utf8'), load);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const { topic } = teachingRank(stem(fileName));
      const result = {
        ok: false as const,
        diagnostics: [wholeFile(`cannot read the file: ${reason}`)],
      };
      return { name: stem(fileName), fileName, title: fileName, topic, result };
    }
  });
  return rejectDuplicates(entries).sort(byTeachingOrder);
}
