// Bundles the command line (src/cli/main.ts and everything it imports) into one ES module,
// dist-cli/packetwalk.mjs, so that `packetwalk` starts fast on plain Node (no TypeScript loader).
// Run by `npm install` (prepare), and by bin/packetwalk.mjs whenever src/ is newer than the bundle.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

// `import css from './x.css?inline'` (Vite's inline CSS import: @imports resolved, the text as a
// string, nothing injected), so `render` embeds the diagram's stylesheet as the app does.
const cssInline = {
  name: 'css-inline',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: join(args.resolveDir, args.path.slice(0, -'?inline'.length)),
      namespace: 'css-inline',
    }));
    b.onLoad({ filter: /.*/, namespace: 'css-inline' }, async (args) => {
      const css = await build({
        entryPoints: [args.path],
        bundle: true,
        write: false,
        logLevel: 'warning',
        target: ['chrome120'],
      });
      return { contents: css.outputFiles[0]?.text ?? '', loader: 'text', watchFiles: [args.path] };
    });
  },
};

/** Builds dist-cli/packetwalk.mjs (and its lazily loaded chunks); resolves when written. */
export async function buildCli() {
  rmSync(join(root, 'dist-cli', 'chunks'), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { packetwalk: 'src/cli/main.ts' },
    outdir: 'dist-cli',
    outExtension: { '.js': '.mjs' },
    // `render` (React, the diagram, the exporters) is a chunk of its own, loaded on use.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [cssInline],
    // Components' own stylesheet imports mean nothing on the command line.
    loader: { '.css': 'empty' },
    // Loaded only by `render --format png|pdf`, from node_modules (it cannot be bundled).
    external: ['playwright-core'],
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
