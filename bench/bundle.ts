/**
 * Bundle size of the app's first load: the entry script and the chunks index.html preloads,
 * gzipped (level 9) the way a server would send them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the first load. */
export interface LoadedFile {
  file: string;
  bytes: number;
  gzip: number;
}

/**
 * Lists the JavaScript and CSS that index.html loads before anything is lazy.
 * @param outDir - the build folder (with index.html)
 */
export function firstLoad(outDir: string): { js: LoadedFile[]; css: LoadedFile[] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const files = [...new Set(refs)].map((file) => {
    const data = readFileSync(join(outDir, file));
    return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  return {
    js: files.filter((f) => f.file.endsWith('.js')),
    css: files.filter((f) => f.file.endsWith('.css')),
  };
}

/** Sums gzipped sizes, in KB (1024 bytes). */
export function totalKb(files: LoadedFile[]): number {
  return files.reduce((sum, f) => sum + f.gzip, 0) / 1024;
}
