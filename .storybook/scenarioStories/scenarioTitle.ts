/**
 * The sidebar title of a scenario file's stories, `Scenarios/<metadata.name>`, computed the
 * same way by the indexer (which lists the stories) and the Vite plugin (which writes the CSF
 * module): Storybook finds a story by title and export name, so both must agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';

/** The sidebar group every scenario file's stories sit under. */
export const SCENARIOS_GROUP = 'Scenarios';

/** A DNS-1123 label, as `metadata.name` must be; anything else would make a poor title. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Tells whether a path names a scenario file.
 * @param file - a path
 * @returns true for `.yaml` and `.yml`
 */
export function isScenarioFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

function stem(file: string): string {
  return basename(file).replace(/\.ya?ml$/i, '');
}

/**
 * The name a scenario file claims: its `metadata.name`, or the file name without `.yaml`
 * when the file does not parse or names itself badly (it still gets stories: they show its
 * diagnostics).
 * @param file - the file's path
 * @param text - its text
 * @returns the name
 */
export function claimedName(file: string, text: string): string {
  try {
    const data: unknown = parse(text);
    const name = (data as { metadata?: { name?: unknown } } | null)?.metadata?.name;
    if (typeof name === 'string' && DNS_LABEL.test(name)) return name;
  } catch {
    // A file that does not parse is named after itself.
  }
  return stem(file);
}

function readClaim(file: string): string {
  try {
    return claimedName(file, readFileSync(file, 'utf8'));
  } catch {
    return stem(file);
  }
}

/**
 * The title of a scenario file's stories. Two files claiming the same name would give two
 * stories one id (Storybook refuses the whole index then): the later file, in file-name
 * order, is titled after its file name instead.
 * @param file - the file's absolute path
 * @param text - its text (read from disk when omitted)
 * @returns e.g. `Scenarios/rabbit-hole`
 */
export function scenarioTitle(file: string, text?: string): string {
  const name = text === undefined ? readClaim(file) : claimedName(file, text);
  const dir = dirname(file);
  const own = basename(file);
  let siblings: string[] = [];
  try {
    siblings = readdirSync(dir).filter((f) => isScenarioFile(f) && f < own);
  } catch {
    siblings = [];
  }
  const taken = siblings.some((f) => readClaim(join(dir, f)) === name);
  return `${SCENARIOS_GROUP}/${taken ? own : name}`;
}
