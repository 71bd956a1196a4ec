// Runs a TypeScript entry point on plain Node 20: bundles it with esbuild into
// node_modules/.cache/packetwalk/ and imports the result. Used by `npm run bench`
// and other maintenance scripts (the CLI has its own bundle, see build-cli.mjs).
// Usage: node scripts/run-ts.mjs FILE.ts [args...]

import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const outfile = join(root, 'node_modules', '.cache', 'packetwalk', `${basename(entry, '.ts')}.mjs`);
await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  packages: 'external',
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
