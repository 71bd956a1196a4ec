/**
 * The scenario loader: YAML text in, a resolved Scenario or diagnostics out. It never throws
 * on user input. Files that load cleanly take the fast path (js-yaml, no positions). Any file
 * with something to report is read by a positioned parser, whose verdict wins and whose
 * positions the diagnostics carry: `yaml` for files up to 64 KiB (every hand-written
 * scenario), and above that js-yaml's own events, which carry offsets: `yaml` would take
 * seconds there, and minutes on hostile input.
 */
import { findExcessiveNesting, MAX_DEPTH } from './parse/depth';
import { type FastParse, parseFast } from './parse/fast';
import { parseWithJsYaml } from './parse/jsYamlPositioned';
import { type Located, locatedAt, type Positioned } from './parse/located';
import { parsePositioned } from './parse/positioned';
import { firstDiagnostics } from './parse/report';
import { createLineIndex, MAX_FILE_BYTES, offsetBeyondBytes } from './parse/text';
import { formatPath } from './problem';
import type { Diagnostic, LoadResult } from './types';
import { type Validated, validateData } from './validate';

/** Largest file (in UTF-16 code units) that the `yaml` parser positions. */
export const YAML_POSITIONED_MAX = 64 * 1024;

/** Options of {@link loadScenario}. */
export interface LoadOptions {
  /** Name of the file, used in the message of an unexpected internal failure. */
  fileName?: string;
  /** Skip the fast answer and use this positioned parser (tests compare the paths). @default by size */
  positioned?: 'yaml' | 'js-yaml';
}

function fail(text: string, offset: number, message: string): LoadResult {
  return { ok: false, diagnostics: [locatedAt(createLineIndex(text), offset, message)] };
}

/** Gives each problem its position and builds the result. */
function report(
  { locate, lines }: Positioned,
  { scenario, problems, omitted }: Validated,
): LoadResult {
  const located = problems.map((p): Diagnostic => {
    const { line, column } = lines(locate(p.path, p.at));
    return { message: p.message, path: formatPath(p.path), line, column, severity: p.severity };
  });
  const diagnostics = firstDiagnostics(located, omitted);
  return scenario ? { ok: true, scenario, warnings: diagnostics } : { ok: false, diagnostics };
}

/** The positioned path: nesting limit, a positioned parse, validation, positions. */
function loadPositioned(
  text: string,
  parser: 'yaml' | 'js-yaml',
  fast: FastParse,
  validated?: Validated,
) {
  // js-yaml already read these events with a depth limit; anything else gets the linear scan first.
  const tooDeep = fast.events ? undefined : findExcessiveNesting(text, MAX_DEPTH);
  if (tooDeep !== undefined) {
    return fail(
      text,
      tooDeep,
      `the YAML nests deeper than ${MAX_DEPTH} levels; a scenario needs far fewer`,
    );
  }
  const parsed: Located<Positioned> =
    parser === 'yaml' ? parsePositioned(text) : parseWithJsYaml(text, fast.events);
  if (parsed.diagnostics)
    return { ok: false, diagnostics: firstDiagnostics(parsed.diagnostics) } as const;
  // The same events gave the same data: the fast path's validation stands.
  const reuse = parser === 'js-yaml' && validated !== undefined;
  return report(parsed.value, reuse ? validated : validateData(parsed.value.data));
}

/** Checks the size, then takes the fast path, else the positioned one. */
function load(text: string, options: LoadOptions): LoadResult {
  const beyond = offsetBeyondBytes(text, MAX_FILE_BYTES);
  if (beyond !== undefined) {
    const size = `${(new TextEncoder().encode(text).length / 1024 / 1024).toFixed(1)} MiB`;
    return fail(text, beyond, `the file is ${size}; scenario files are limited to 1 MiB`);
  }
  const fast = parseFast(text);
  const validated = fast.data ? validateData(fast.data.value) : undefined;
  const clean = validated?.scenario && validated.problems.length === 0;
  if (validated?.scenario && clean && !options.positioned) {
    return { ok: true, scenario: validated.scenario, warnings: [] };
  }
  const parser = options.positioned ?? (text.length <= YAML_POSITIONED_MAX ? 'yaml' : 'js-yaml');
  return loadPositioned(text, parser, fast, validated);
}

/**
 * Loads a scenario file.
 * @param text - the file's text (YAML, one document)
 * @param options - see {@link LoadOptions}
 * @returns `{ ok: true, scenario, warnings }`, or `{ ok: false, diagnostics }` with at least one error
 * @example
 * const result = loadScenario(readFileSync('scenarios/rabbit-hole.yaml', 'utf8'));
 * if (result.ok) console.log(result.scenario.cluster.nodes.length);
 */
export function loadScenario(text: string, options: LoadOptions = {}): LoadResult {
  try {
    return load(text, options);
  } catch (error) {
    const file = options.fileName ?? 'the scenario';
    const reason = error instanceof Error ? error.message : String(error);
    const message = `internal error while loading ${file}: ${reason}`;
    return {
      ok: false,
      diagnostics: [{ message, path: '', line: 1, column: 1, severity: 'error' }],
    };
  }
}
