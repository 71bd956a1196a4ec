/**
 * Rewords the `yaml` parser's errors in the loader's style (lowercase, naming the culprit).
 */
import type { YAMLError } from 'yaml';

/** The source text an error points at; for a key, up to its `:`. */
function quoted(text: string, error: YAMLError, untilColon = false): string {
  if (!untilColon) return text.slice(error.pos[0], error.pos[1]).trim();
  return (/^[^:\n]*/.exec(text.slice(error.pos[0], error.pos[0] + 256))?.[0] ?? '').trim();
}

/**
 * The message for one error or warning of the `yaml` parser.
 * @param text - the file's text
 * @param error - the parser's error
 * @returns one sentence
 */
export function yamlMessage(text: string, error: YAMLError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `duplicate key \`${quoted(text, error, true)}\`: the keys of a mapping must be unique`;
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed as indentation; indent with spaces';
    case 'TAG_RESOLVE_FAILED':
      return `unknown tag \`${quoted(text, error)}\``;
    default: {
      const message = error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
      return `YAML: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
    }
  }
}
