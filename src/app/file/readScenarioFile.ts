/**
 * Reads a local scenario file with the loader, which is fetched only now (a dynamic import):
 * YAML, zod and the loader stay out of the first load.
 */
import type { LoadResult } from '../../model';

/** Files larger than this are refused before reading (the loader itself stops at 1 MiB). */
export const MAX_OPEN_BYTES = 4 * 1024 * 1024;

/** What reading a file gave. */
export type ReadScenarioResult =
  | { ok: true; fileName: string; result: LoadResult }
  | { ok: false; fileName: string; message: string };

/** The part of a File this needs. */
export interface ScenarioFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

type LoaderModule = { loadScenario: (text: string, options?: { fileName?: string }) => LoadResult };

/**
 * Reads and loads a scenario file.
 * @param file - the picked or dropped file
 * @param importLoader - fetches the loader @default () => import('../../model')
 * @returns the loader's result, or why the file could not even be read
 */
export async function readScenarioFile(
  file: ScenarioFile,
  importLoader: () => Promise<LoaderModule> = () => import('../../model'),
): Promise<ReadScenarioResult> {
  const fileName = file.name;
  if (!/\.ya?ml$/i.test(fileName)) {
    return { ok: false, fileName, message: 'only .yaml or .yml scenario files can be opened' };
  }
  if (file.size > MAX_OPEN_BYTES) {
    const mib = (file.size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      fileName,
      message: `the file is ${mib} MiB; scenario files are limited to 1 MiB`,
    };
  }
  try {
    const [text, loader] = await Promise.all([file.text(), importLoader()]);
    return { ok: true, fileName, result: loader.loadScenario(text, { fileName }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, fileName, message: `could not read the file: ${reason}` };
  }
}
