/**
 * The fastest path: a strict reader for the plain YAML that scenario files (and generated
 * clusters) are written in — block mappings and sequences, one-line flow collections, plain
 * and quoted scalars, comments. It builds the same data as js-yaml with the loader's schema
 * (YAML 1.2 core, string keys), several times faster and with far less garbage, because it
 * makes no events. It never guesses: on anything outside that subset (anchors, tags, block
 * scalars, multi-line scalars, escapes, numbers other than plain decimals, a duplicate key,
 * a tab, …) it answers `undefined`, and js-yaml takes over (parse/fast.ts).
 */

import { MAX_DEPTH } from './depth';

/** Raised to give up; caught by {@link parseSimple} (never escapes). */
class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

/** A mapping key: a plain word that the core schema reads as a string. */
const KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
/** IPv4 addresses and CIDRs: plain scalars that start with a digit yet are strings. */
const DOTTED = /^\d+(\.\d+){2,}(\/\d+)?$/;
/** Characters a plain scalar may not start with (indicators), beside digits and signs. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`~.+=<']);

/**
 * Reads a plain scalar as YAML 1.2's core schema does, for the values it is sure of.
 * @param raw - the scalar, trimmed
 * @returns the value
 */
function plainScalar(raw: string): unknown {
  if (raw === '') giveUp();
  if (/^(0|[1-9][0-9]{0,14})$/.test(raw)) return Number(raw);
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw === 'null') return null;
  const first = raw.charAt(0);
  if (first >= '0' && first <= '9') return DOTTED.test(raw) ? raw : giveUp();
  if (INDICATORS.has(first)) giveUp();
  // Other spellings of true/false/null, .inf and .nan are the schema's too: leave them to it.
  if (/^(true|false|null)$/i.test(raw)) giveUp();
  if (raw.includes(': ') || raw.endsWith(':') || raw.includes(' #') || raw.includes('\t')) giveUp();
  return raw;
}

/** A cursor over one line's value part (flow collections and scalars). */
class Inline {
  private p = 0;
  constructor(
    private readonly s: string,
    private readonly depth: number,
  ) {}

  /** The whole text as one value, allowing a trailing comment. */
  whole(): unknown {
    const value = this.value(false, this.depth);
    const rest = this.s.slice(this.p);
    if (rest.trim() !== '' && !/^\s+#/.test(rest)) giveUp();
    return value;
  }

  private spaces(): void {
    while (this.s[this.p] === ' ') this.p++;
  }

  private value(flow: boolean, depth: number): unknown {
    if (depth > MAX_DEPTH) giveUp();
    const c = this.s[this.p];
    if (c === '{') return this.mapping(depth + 1);
    if (c === '[') return this.sequence(depth + 1);
    if (c === '"') return this.doubleQuoted();
    if (c === "'") return this.singleQuoted();
    return this.plain(flow);
  }

  private plain(flow: boolean): unknown {
    const start = this.p;
    if (flow) {
      while (this.p < this.s.length && !',[]{}'.includes(this.s.charAt(this.p))) this.p++;
      const raw = this.s.slice(start, this.p).trim();
      if (raw.includes(':') || raw.includes('#')) giveUp();
      return plainScalar(raw);
    }
    const comment = this.s.indexOf(' #', start);
    this.p = comment === -1 ? this.s.length : comment;
    return plainScalar(this.s.slice(start, this.p).trim());
  }

  private doubleQuoted(): string {
    const end = this.s.indexOf('"', this.p + 1);
    if (end === -1) giveUp();
    const body = this.s.slice(this.p + 1, end);
    if (body.includes('\\')) giveUp();
    this.p = end + 1;
    return body;
  }

  private singleQuoted(): string {
    let out = '';
    let i = this.p + 1;
    for (;;) {
      const end = this.s.indexOf("'", i);
      if (end === -1) giveUp();
      out += this.s.slice(i, end);
      if (this.s[end + 1] !== "'") {
        this.p = end + 1;
        return out;
      }
      out += "'";
      i = end + 2;
    }
  }

  // `{ key: value, … }` on one line; keys plain words.
  private mapping(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.p++;
    this.spaces();
    if (this.s[this.p] === '}') {
      this.p++;
      return out;
    }
    for (;;) {
      this.spaces();
      const colon = this.s.indexOf(': ', this.p);
      if (colon === -1) giveUp();
      const key = this.s.slice(this.p, colon);
      if (!KEY.test(key) || Object.hasOwn(out, key) || key === '__proto__') giveUp();
      if (typeof plainScalar(key) !== 'string') giveUp();
      this.p = colon + 2;
      this.spaces();
      out[key] = this.value(true, depth);
      this.spaces();
      const c = this.s[this.p++];
      if (c === '}') return out;
      if (c !== ',') giveUp();
      this.spaces();
      if (this.s[this.p] === '}') giveUp(); // a trailing comma: leave it to js-yaml
    }
  }

  // `[ value, … ]` on one line.
  private sequence(depth: number): unknown[] {
    const out: unknown[] = [];
    this.p++;
    this.spaces();
    if (this.s[this.p] === ']') {
      this.p++;
      return out;
    }
    for (;;) {
      this.spaces();
      out.push(this.value(true, depth));
      this.spaces();
      const c = this.s[this.p++];
      if (c === ']') return out;
      if (c !== ',') giveUp();
      this.spaces();
      if (this.s[this.p] === ']') giveUp();
    }
  }
}

/** One line with content: its indentation and the text after it. */
interface Line {
  indent: number;
  text: string;
}

/** White space other than the plain space: what JavaScript's trims strip and YAML keeps. */
const NOT_A_SPACE = /[^\S ]/;

/** Splits the text into content lines; gives up on what the subset does not cover. */
function contentLines(source: string): Line[] {
  const lines: Line[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A tab, a lone CR, or a space YAML does not count as white (U+2002, U+3000, ...): the
    // trims below would strip what js-yaml and `yaml` keep.
    if (NOT_A_SPACE.test(line)) giveUp();
    const text = line.trimStart();
    if (text === '' || text.startsWith('#')) continue;
    const indent = line.length - text.length;
    if (indent === 0 && /^(---|\.\.\.|%)/.test(text)) giveUp();
    lines.push({ indent, text: text.trimEnd() });
  }
  return lines;
}

/** Block structure over the content lines. */
class Block {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  document(): unknown {
    const first = this.lines[0];
    if (first?.indent !== 0) giveUp();
    const value = this.node(0, 1);
    if (this.i !== this.lines.length) giveUp();
    return value;
  }

  private node(indent: number, depth: number): unknown {
    if (depth > MAX_DEPTH) giveUp();
    const line = this.lines[this.i];
    if (!line) return giveUp();
    return isItem(line.text) ? this.sequence(indent, depth) : this.mapping(indent, null, depth);
  }

  private sequence(indent: number, depth: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.lines[this.i]; line && line.indent === indent; line = this.lines[this.i]) {
      if (!isItem(line.text)) break;
      const rest = line.text.slice(1).trimStart();
      if (rest === '' || rest.startsWith('#') || isItem(rest)) giveUp();
      const inner = indent + (line.text.length - rest.length);
      if (KEY_START.test(rest)) {
        out.push(this.mapping(inner, rest, depth + 1));
      } else {
        this.i++;
        out.push(new Inline(rest, depth).whole());
        this.noDeeper(indent);
      }
    }
    return out;
  }

  // A mapping at `indent`; `first` is its first entry's text when it follows a `- `.
  private mapping(indent: number, first: string | null, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let text = first;
    for (;;) {
      if (text === null) {
        const line = this.lines[this.i];
        if (!line || line.indent < indent) return out;
        if (line.indent > indent) giveUp();
        if (isItem(line.text)) return out;
        text = line.text;
      }
      const match = KEY_START.exec(text);
      if (!match) return giveUp();
      const key = match[1] ?? '';
      if (key === '__proto__' || Object.hasOwn(out, key)) giveUp();
      if (typeof plainScalar(key) !== 'string') giveUp();
      const rest = text.slice(match[0].length).trimStart();
      this.i++;
      if (rest === '' || rest.startsWith('#')) {
        out[key] = this.nested(indent, depth);
      } else {
        out[key] = new Inline(rest, depth).whole();
        this.noDeeper(indent);
      }
      text = null;
    }
  }

  // The value on the lines under `key:`: a deeper block, a sequence at the key's own
  // indentation, or nothing (null).
  private nested(indent: number, depth: number): unknown {
    const next = this.lines[this.i];
    if (next && next.indent > indent) return this.node(next.indent, depth + 1);
    if (next && next.indent === indent && isItem(next.text))
      return this.sequence(indent, depth + 1);
    return null;
  }

  // After a one-line value, a deeper line would continue a multi-line scalar.
  private noDeeper(indent: number): void {
    const next = this.lines[this.i];
    if (next && next.indent > indent) giveUp();
  }
}

/** `key:` then a space or the end of the line. */
const KEY_START = /^([A-Za-z_][A-Za-z0-9_./-]*):(?= |$)/;

function isItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/**
 * Reads a file written in plain YAML (see the module comment).
 * @param text - the file's text
 * @returns the data, or `undefined` when the text uses anything beyond the subset (then
 *   js-yaml decides what it means)
 */
export function parseSimple(text: string): { value: unknown } | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  try {
    return { value: new Block(contentLines(text)).document() };
  } catch (error) {
    if (error instanceof GiveUp || error instanceof RangeError) return undefined;
    throw error;
  }
}
