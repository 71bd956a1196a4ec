/**
 * Bundled-scenario lists for the app tests, built exactly as the Vite plugin builds them
 * (bundleScenario + the real loader), plus broken variants of a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleScenario } from '../../src/app/build';
import type { BundledScenario } from '../../src/app/scenarios/types';
import { loadScenario } from '../../src/model';

/** The repository's scenarios/ folder. */
export const SCENARIOS_DIR = join(import.meta.dirname, '..', '..', 'scenarios');

/**
 * A scenario file's text.
 * @param name - the file name without `.yaml`
 * @returns its text
 */
export function scenarioText(name: string): string {
  return readFileSync(join(SCENARIOS_DIR, `${name}.yaml`), 'utf8');
}

/**
 * One bundled entry from text.
 * @param fileName - the file name
 * @param text - its contents
 * @returns the entry
 */
export function entry(fileName: string, text: string): BundledScenario {
  return bundleScenario(fileName, text, loadScenario);
}

/**
 * Entries for some files of scenarios/, in the order given.
 * @param names - file names without `.yaml`
 * @returns the entries
 */
export function bundled(...names: string[]): BundledScenario[] {
  return names.map((name) => entry(`${name}.yaml`, scenarioText(name)));
}

/** Every file of scenarios/, sorted by name. */
export const ALL_FILES = readdirSync(SCENARIOS_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** rabbit-hole.yaml with a misspelt top-level key on line 4 ("metdata"). */
export const BROKEN_RABBIT_HOLE = scenarioText('rabbit-hole').replace('\nmetadata:', '\nmetdata:');

/**
 * rabbit-hole.yaml with another title.
 * @param title - the new title
 * @returns the file's text
 */
export function retitledRabbitHole(title: string): string {
  return scenarioText('rabbit-hole').replace('title: Down the rabbit hole', `title: ${title}`);
}
