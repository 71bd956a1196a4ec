/**
 * Reads a scenario file (or standard input for `-`) for the command line, never more than
 * just over the loader's size limit, so that a huge file is refused quickly and cheaply.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../model';

/** Bytes read at most: one more than the loader accepts, so it still sees the file is too big. */
export const READ_LIMIT = MAX_FILE_BYTES + 1;

/** The text of an input, or why it could not be read. */
export type InputText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a file, or standard input when the name is `-`.
 * @param name - a path, or `-`
 * @returns the text (UTF-8), or a message naming the reason (missing file, a directory, ...)
 */
export function readInput(name: string): InputText {
  let fd: number | undefined;
  try {
    fd = name === '-' ? 0 : openSync(name, 'r');
    const buffer = Buffer.alloc(READ_LIMIT);
    let total = 0;
    while (total < READ_LIMIT) {
      const n = readSync(fd, buffer, total, READ_LIMIT - total, null);
      if (n === 0) break;
      total += n;
    }
    return { ok: true, text: buffer.subarray(0, total).toString('utf8') };
  } catch (error) {
    return { ok: false, message: describeError(error) };
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'cannot read file: no such file';
    case 'EISDIR':
      return 'cannot read file: it is a directory';
    case 'EACCES':
      return 'cannot read file: permission denied';
    default:
      return `cannot read file: ${code ?? String(error)}`;
  }
}
