/**
 * The diagram's stylesheet made self-contained for one theme: the `--pw-*` tokens of
 * src/app/theme.css resolved into every declaration, and the theme-specific rules
 * (`:root[data-theme="contrast"] .pw-link`) kept only for the theme exported.
 */
import type { ExportTheme } from '../types';
import { cssBlocks, declarations, resolveVars, splitTopLevel, stripComments } from './cssBlocks';

/** Custom property values of one theme, by name (`--pw-bg`). */
export type ThemeTokens = Readonly<Record<string, string>>;

// Quoted in the source, unquoted once minified (`:root[data-theme=dark]`).
const THEME_SELECTOR = /^:root\[data-theme=["']?(\w+)["']?\]$/;

/**
 * Reads the token blocks of theme.css: `:root` holds the shared tokens (and light's), each
 * `:root[data-theme="…"]` block adds or overrides its own.
 * @param themeCss - the text of src/app/theme.css
 * @param theme - the theme wanted
 * @returns every token of that theme
 */
export function themeTokens(themeCss: string, theme: ExportTheme): ThemeTokens {
  const tokens: Record<string, string> = {};
  const own: Array<[string, string]> = [];
  for (const block of cssBlocks(stripComments(themeCss))) {
    const selectors = splitTopLevel(block.prelude, ',');
    const pairs = declarations(block.body).filter(([name]) => name.startsWith('--'));
    if (selectors.includes(':root')) for (const [k, v] of pairs) tokens[k] = v;
    else if (selectors.some((s) => THEME_SELECTOR.exec(s)?.[1] === theme)) own.push(...pairs);
  }
  for (const [k, v] of own) tokens[k] = v;
  return tokens;
}

/** A selector as it applies to the exported theme, or null when it belongs to another one. */
function forTheme(selector: string, theme: ExportTheme): string | null {
  const scoped = /^:root\[data-theme=["']?(\w+)["']?\]\s+(.+)$/.exec(selector);
  if (scoped) return scoped[1] === theme ? (scoped[2] as string) : null;
  const root = /^:root\s+(.+)$/.exec(selector);
  return root ? (root[1] as string) : selector;
}

function themedBlocks(css: string, theme: ExportTheme, tokens: ThemeTokens): string[] {
  const out: string[] = [];
  for (const { prelude, body } of cssBlocks(css)) {
    if (prelude.startsWith('@')) {
      const inner = themedBlocks(body, theme, tokens);
      if (inner.length > 0) out.push(`${prelude}{${inner.join('')}}`);
      continue;
    }
    const selectors = splitTopLevel(prelude, ',')
      .map((s) => forTheme(s, theme))
      .filter((s): s is string => s !== null);
    if (selectors.length === 0) continue;
    const decls = declarations(body).map(([k, v]) => `${k}:${resolveVars(v, tokens)}`);
    out.push(`${selectors.join(',')}{${decls.join(';')}}`);
  }
  return out;
}

/**
 * Rewrites a stylesheet for one theme, with no custom properties left.
 * @param css - e.g. the text of src/diagram/diagram.css
 * @param theme - the theme exported
 * @param tokens - from {@link themeTokens}
 * @returns compact CSS, one rule per line
 */
export function themedCss(css: string, theme: ExportTheme, tokens: ThemeTokens): string {
  return themedBlocks(stripComments(css), theme, tokens).join('\n');
}
