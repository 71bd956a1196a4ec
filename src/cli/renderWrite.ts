/** Writes a rendered file atomically: to a temporary file beside it, then a rename. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes `data` to `path` so that readers see either the old file or the whole new one.
 * @param path - the output path
 * @param data - the bytes or text
 * @throws the file system's error (the temporary file is removed)
 */
export function writeAtomically(path: string, data: Uint8Array | string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Describes a write failure for the user.
 * @param path - the output path
 * @param error - what the file system threw
 * @returns e.g. `cannot write out/x.png: no such directory`
 */
export function writeError(path: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  const why: Record<string, string> = {
    ENOENT: 'no such directory',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    EROFS: 'read-only file system',
  };
  return `cannot write ${path}: ${(code && why[code]) ?? code ?? String(error)}`;
}
