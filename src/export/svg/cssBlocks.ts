/**
 * A small reader for the project's own stylesheets (theme.css, diagram.css): top-level blocks,
 * declarations and `var()` references. Enough for flat rule lists and at-rule blocks; it is
 * not a general CSS parser.
 */

/** One `prelude { body }` block. */
export interface CssBlock {
  /** Selector list or at-rule (`@media …`), trimmed. */
  prelude: string;
  /** Text between the braces. */
  body: string;
}

/**
 * Removes `/* … *\/` comments.
 * @param css - stylesheet text
 * @returns the text without comments
 */
export function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * Splits a stylesheet into its top-level blocks (nested blocks stay inside `body`).
 * @param css - stylesheet text without comments
 * @returns the blocks in order
 */
export function cssBlocks(css: string): CssBlock[] {
  const blocks: CssBlock[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{' && depth++ === 0) open = i;
    if (c === '}' && depth > 0 && --depth === 0) {
      blocks.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
      start = i + 1;
    }
  }
  return blocks;
}

/**
 * Splits text at a separator that is outside parentheses and quotes.
 * @param text - e.g. a selector list or a declaration block
 * @param separator - `,` or `;`
 * @returns the trimmed, non-empty parts
 */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * The declarations of a block body.
 * @param body - e.g. `fill: none; stroke: var(--pw-link)`
 * @returns `[property, value]` pairs in order
 */
export function declarations(body: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const part of splitTopLevel(body, ';')) {
    const colon = part.indexOf(':');
    if (colon > 0) pairs.push([part.slice(0, colon).trim(), part.slice(colon + 1).trim()]);
  }
  return pairs;
}

/**
 * Replaces every `var(--name[, fallback])` with the token's value, recursively (tokens may
 * refer to tokens, e.g. `color-mix(in srgb, var(--pw-dnat) 14%, …)`).
 * @param value - a declaration value
 * @param tokens - custom property values by name (`--pw-bg`)
 * @param depth - recursion guard against cycles
 * @returns the value without `var()`; an unknown token without fallback becomes `initial`
 */
export function resolveVars(
  value: string,
  tokens: Readonly<Record<string, string>>,
  depth = 0,
): string {
  const at = value.indexOf('var(');
  if (at < 0 || depth > 16) return value;
  let level = 0;
  let end = at + 4;
  for (; end < value.length; end++) {
    if (value[end] === '(') level++;
    else if (value[end] === ')' && level-- === 0) break;
  }
  const [name = '', ...rest] = splitTopLevel(value.slice(at + 4, end), ',');
  const fallback = rest.length > 0 ? rest.join(', ') : undefined;
  const raw = tokens[name] ?? fallback ?? 'initial';
  const replaced = resolveVars(raw, tokens, depth + 1);
  return resolveVars(`${value.slice(0, at)}${replaced}${value.slice(end + 1)}`, tokens, depth + 1);
}
