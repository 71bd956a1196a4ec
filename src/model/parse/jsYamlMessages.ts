/**
 * js-yaml's errors as diagnostics, worded and positioned like those of the `yaml` path.
 */
import { YAMLException } from 'js-yaml';
import {
  duplicateKey,
  type Located,
  locatedAt,
  TAB_INDENT,
  TOO_MANY_ALIASES,
  unknownAlias,
} from './located';
import type { LineIndex } from './text';

/** Rewords js-yaml's reasons like the `yaml` path's messages. */
function reword(reason: string, text: string, offset: number): string {
  if (reason.startsWith('duplicated mapping key')) return duplicateKey(text, offset);
  if (reason.startsWith('aliases exceeded maxAliases')) return TOO_MANY_ALIASES;
  if (reason.startsWith('tab characters')) return TAB_INDENT;
  const tag = /^unknown \w+ tag !<(.*)>$/.exec(reason);
  if (tag) return `unknown tag \`${tag[1]}\``;
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  if (alias) return unknownAlias(alias[1] ?? '');
  if (/^[a-z`]/.test(reason) && /must be a string|not allowed|not supported/.test(reason))
    return reason;
  return `YAML: ${reason}`;
}

/**
 * Turns a js-yaml error into a diagnostic; anything else is a bug and is thrown on.
 * @param error - what js-yaml threw
 * @param text - the file's text
 * @param lines - its line index
 * @returns the diagnostic, positioned as the `yaml` path would position it
 */
export function fromException(error: unknown, text: string, lines: LineIndex): Located<never> {
  if (!(error instanceof YAMLException)) throw error;
  const { reason } = error;
  const mark = error.mark?.position ?? 0;
  // js-yaml marks a quoted key after its quote; `yaml` (and the reader) at the quote.
  const quoted =
    reason.startsWith('duplicated') && (text[mark - 1] === '"' || text[mark - 1] === "'");
  // ...and an alias after its `*`, where `yaml` points at the `*`.
  const alias = /alias/.test(reason) && text[mark] !== '*' && text[mark - 1] === '*';
  const offset = quoted || alias ? mark - 1 : mark;
  return { diagnostics: [locatedAt(lines, offset, reword(reason, text, offset))] };
}
