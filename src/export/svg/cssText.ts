/**
 * The stylesheets an exported SVG embeds, as text: the diagram's own CSS (its `@import`s
 * resolved) and the theme tokens. Vite's `?inline` and the CLI bundle (scripts/build-cli.mjs,
 * an esbuild plugin for `?inline`) both produce the text, so the browser and the command line
 * embed the very same rules. (Vitest empties CSS imports: there these are `''`.)
 */
// The diagram and the app own these files; export only reads them as text (see README.md).
import themeCssText from '../../app/theme.css?inline';
import diagramCssText from '../../diagram/diagram.css?inline';

/** The text of src/diagram/diagram.css. */
export const DIAGRAM_CSS: string = diagramCssText;

/** The text of src/app/theme.css (the `--pw-*` tokens of every theme). */
export const THEME_CSS: string = themeCssText;
