/**
 * `packetwalk` — the command line (DESIGN.md, "Command line — contract v1").
 *   packetwalk validate FILE...
 *   packetwalk trace FILE [--json] [--naive] [--reply] [--rules] [--no-notes]
 *   packetwalk render FILE [--step N|all] [--format svg|png|pdf] [--out PATH] [...] (render.ts)
 * Exit codes: 0 success, 1 a file does not load, 2 a usage error.
 */
import { type Diagnostic, formatDiagnostic, loadScenario, type Scenario } from '../model';
import { walk } from '../sim';
import { type ParsedArgs, parseArgs } from './args';
import { formatTrace } from './formatTrace';
import { readInput } from './readInput';

/** Where the command writes; injected so tests can capture output. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

const COMMANDS = {
  validate: { flags: [], options: [] },
  trace: { flags: ['json', 'naive', 'reply', 'rules', 'no-notes'], options: [] },
  render: {
    flags: ['naive', 'reply'],
    options: ['step', 'format', 'out', 'model', 'theme', 'width', 'height'],
  },
  help: { flags: [], options: [] },
} as const;

const USAGE = `packetwalk — walk one packet from a cloud load balancer to a Kubernetes pod

Usage:
  packetwalk validate FILE...        check scenario files; one line per problem
  packetwalk trace FILE [options]    print the packet's walk, leg by leg
  packetwalk render FILE [options]   draw the diagram at a step as SVG, PNG or PDF

Options for trace:
  --json       the Trace (contract v1) as JSON
  --naive      the common wrong picture: the ClusterIP Service as a box and a hop
  --reply      append the reply legs, undoing each translation in reverse
  --rules      print the rule text behind every rewrite (table output)
  --no-notes   leave out the narration (table output)

Options for render:
  --step N|all         the step drawn, 0..N (default: the last; pdf: all, a page each)
  --format svg|png|pdf default: from --out's extension, else svg
  --out PATH           the file (written atomically); svg without --out goes to stdout
  --naive, --model naive|real, --reply   the picture and legs, as for trace
  --theme light|dark|contrast            default light
  --width W --height H                   pixels, default 1600 x 900
  PNG and PDF need Chromium (/usr/bin/chromium or CHROMIUM_PATH); SVG needs no browser.

FILE may be - for standard input. Errors print as FILE:LINE:COL: error: MESSAGE.
`;

/**
 * Runs the command line.
 * @param argv - the arguments after the program name
 * @param io - output sinks, standard output and error by default
 * @returns the exit code
 */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const parsed = parseArgs(argv, COMMANDS);
  if ('error' in parsed) {
    io.stderr(`packetwalk: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.command === 'help' || parsed.flags.has('help')) {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.command === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (parsed.command === 'validate') return runValidate(parsed, io);
  if (parsed.command === 'trace') return runTrace(parsed, io);
  if (parsed.command === 'render') {
    // React, the diagram and the exporters load only for `render`: `validate` and `trace`
    // start without compiling them.
    const { runRender } = await import('./render');
    return runRender(parsed, io, (file) => loadFile(file, io));
  }
  io.stderr(
    `packetwalk: unknown command "${parsed.command}" (commands: validate, trace, render)\n`,
  );
  return 2;
}

type Loaded = { ok: true; scenario: Scenario } | { ok: false };

/** Loads one file, printing its diagnostics (errors and warnings) to stderr. */
function loadFile(file: string, io: CliIO): Loaded {
  const input = readInput(file);
  const label = file === '-' ? '<stdin>' : file;
  if (!input.ok) {
    io.stderr(`${label}:1:1: error: ${input.message}\n`);
    return { ok: false };
  }
  const result = loadScenario(input.text, { fileName: label });
  const printed: Diagnostic[] = result.ok ? result.warnings : result.diagnostics;
  for (const d of printed) io.stderr(`${formatDiagnostic(d, label)}\n`);
  return result.ok ? { ok: true, scenario: result.scenario } : { ok: false };
}

function runValidate(args: ParsedArgs, io: CliIO): number {
  if (args.files.length === 0) {
    io.stderr('packetwalk validate: give at least one FILE\n');
    return 2;
  }
  let failed = 0;
  for (const file of args.files) {
    if (!loadFile(file, io).ok) failed++;
  }
  return failed === 0 ? 0 : 1;
}

function runTrace(args: ParsedArgs, io: CliIO): number {
  if (args.files.length !== 1) {
    io.stderr('packetwalk trace: give exactly one FILE\n');
    return 2;
  }
  const loaded = loadFile(args.files[0] as string, io);
  if (!loaded.ok) return 1;
  const trace = walk(loaded.scenario, {
    model: args.flags.has('naive') ? 'naive' : 'real',
    reply: args.flags.has('reply'),
  });
  if (args.flags.has('json')) {
    io.stdout(`${JSON.stringify(trace, null, 2)}\n`);
  } else {
    io.stdout(
      formatTrace(trace, loaded.scenario, {
        notes: !args.flags.has('no-notes'),
        rules: args.flags.has('rules'),
      }),
    );
  }
  return 0;
}
