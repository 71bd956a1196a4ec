/**
 * The production build of the app, served by `vite preview` on loopback, for the benchmarks
 * that drive it in Chromium (bench/app.ts, bench/export.ts).
 */
import { join } from 'node:path';
import { build, preview } from 'vite';

/** A served build. */
export interface ServedBuild {
  /** The build folder (with index.html). */
  outDir: string;
  /** The app's URL, e.g. `http://127.0.0.1:4173/`. */
  base: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Builds the app into a cache folder and serves it on a free port.
 * @param root - the project folder
 * @param name - the cache folder's name (`bench-dist`)
 * @returns the build folder, the URL and how to stop
 */
export async function serveBuild(root: string, name: string): Promise<ServedBuild> {
  const outDir = join(root, 'node_modules', '.cache', 'packetwalk', name);
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  return { outDir, base: server.resolvedUrls?.local[0] ?? '', close: () => server.close() };
}
