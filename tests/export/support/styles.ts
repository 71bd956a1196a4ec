/**
 * The app's real stylesheets for Node tests. Vitest empties CSS imports (also `?inline`), so
 * tests build the same text the CLI bundle embeds: esbuild resolving diagram.css's @imports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { ExportStyles } from '../../../src/export/kit';

const root = join(import.meta.dirname, '..', '..', '..');

let styles: ExportStyles | null = null;

/** diagram.css (imports inlined) and theme.css, as text. */
export function realStyles(): ExportStyles {
  if (styles) return styles;
  const css = buildSync({
    entryPoints: [join(root, 'src/diagram/diagram.css')],
    bundle: true,
    write: false,
    logLevel: 'silent',
    target: ['chrome120'],
  });
  styles = {
    diagramCss: css.outputFiles[0]?.text ?? '',
    themeCss: readFileSync(join(root, 'src/app/theme.css'), 'utf8'),
  };
  return styles;
}
