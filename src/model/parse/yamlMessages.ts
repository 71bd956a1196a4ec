/**
 * Rewords the `yaml` parser's errors in the loader's style (lowercase, naming the culprit).
 */
import type { YAMLError } from 'yaml';
import { duplicateKey, TAB_INDENT } from './located';

/**
 * The message for one error or warning of the `yaml` parser.
 * @param text - the file's text
 * @param error - the parser's error
 * @returns one sentence
 */
export function yamlMessage(text: string, error: YAMLError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return duplicateKey(text, error.pos[0]);
    case 'TAB_AS_INDENT':
      return TAB_INDENT;
    case 'TAG_RESOLVE_FAILED':
      return `unknown tag \`${text.slice(error.pos[0], error.pos[1]).trim()}\``;
    default: {
      const message = error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
      return `YAML: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
    }
  }
}
