// Bundles the command line (src/cli/main.ts and everything it imports) into one ES module,
// dist-cli/packetwalk.mjs, so that `packetwalk` starts fast on plain Node (no TypeScript loader).
// Run by `npm install` (prepare), and by bin/packetwalk.mjs whenever src/ is newer than the bundle.

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist-cli/packetwalk.mjs; resolves when it is written. */
export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist-cli/packetwalk.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    sourcemap: 'linked',
    logLevel: 'warning',
    // Packages whose CommonJS internals call require() keep working inside the ES bundle.
    banner: {
      js: "import { createRequire as __pwRequire } from 'node:module'; const require = __pwRequire(import.meta.url);",
    },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
