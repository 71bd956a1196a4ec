/**
 * Command-line argument parsing for `packetwalk`: a small, strict parser so that a typo in a
 * flag is an error with a hint rather than something silently ignored.
 */

/** A parsed command line. */
export interface ParsedArgs {
  command: string | undefined;
  /** Positional arguments after the command. */
  files: string[];
  /** Boolean flags that were given, without the leading dashes. */
  flags: Set<string>;
  /** Flags that take a value (`--step 3`, `--step=3`). */
  options: Map<string, string>;
}

/** What went wrong while parsing. */
export interface ArgsError {
  error: string;
}

/** The flags a command accepts: boolean ones and ones that take a value. */
export interface CommandSpec {
  flags: readonly string[];
  options: readonly string[];
}

/**
 * Parses `argv` (without `node` and the script) against the known commands.
 * @param argv - e.g. `['trace', 'scenarios/rabbit-hole.yaml', '--json']`
 * @param specs - the flags and options each command takes
 * @returns the parsed arguments, or an error message for the user
 */
export function parseArgs(
  argv: readonly string[],
  specs: Readonly<Record<string, CommandSpec>>,
): ParsedArgs | ArgsError {
  const parsed: ParsedArgs = {
    command: undefined,
    files: [],
    flags: new Set(),
    options: new Map(),
  };
  const rest = [...argv];
  const first = rest[0];
  if (first !== undefined && !first.startsWith('-')) parsed.command = rest.shift();
  const spec = parsed.command === undefined ? undefined : specs[parsed.command];
  const known = spec ?? { flags: ['help', 'version'], options: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--') {
      parsed.files.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') return unknownFlag(arg, known);
      parsed.files.push(arg);
      continue;
    }
    const [name, inline] = splitFlag(arg.slice(2));
    if (known.options.includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) return { error: `option --${name} needs a value` };
      parsed.options.set(name, value);
    } else if (known.flags.includes(name) || name === 'help') {
      if (inline !== undefined) return { error: `flag --${name} takes no value` };
      parsed.flags.add(name);
    } else {
      return unknownFlag(arg, known);
    }
  }
  return parsed;
}

function splitFlag(text: string): [string, string | undefined] {
  const eq = text.indexOf('=');
  return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
}

function unknownFlag(arg: string, spec: CommandSpec): ArgsError {
  const all = [...spec.flags, ...spec.options].map((f) => `--${f}`);
  const hint = all.length > 0 ? ` (known: ${all.join(', ')})` : '';
  return { error: `unknown option ${arg}${hint}` };
}
