/**
 * Turns zod issues into problems with one clear sentence each: the field's path, what it
 * must be, and what was found ("`metadata.name` must be a string, got number 42").
 */
import type { z } from 'zod';
import { describeValue, formatPath, type PathSegment, type Problem, problem } from '../problem';
import { closest } from '../suggest';
import { knownKeysAt } from './knownKeys';

type Issue = z.core.$ZodIssue & { input?: unknown };

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
};

function where(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`;
}

function missing(path: PathSegment[], extra = ''): Problem {
  const parent = path.slice(0, -1);
  return problem(
    path,
    `missing required field \`${String(path.at(-1))}\` ${where(parent)}${extra}`,
  );
}

function unknownKeys(
  root: z.ZodType,
  path: PathSegment[],
  keys: string[],
  limit: number,
): Problem[] {
  const known = knownKeysAt(root, path);
  return keys.slice(0, limit).map((key) => {
    const guess = closest(key, known);
    const hint = guess
      ? `; did you mean \`${guess}\`?`
      : `; known fields: ${known.map((k) => `\`${k}\``).join(', ')}`;
    const found = problem([...path, key], `unknown field \`${key}\` ${where(path)}${hint}`);
    return { ...found, at: 'key' as const };
  });
}

function invalidValue(issue: Issue, path: PathSegment[]): Problem {
  const values = 'values' in issue ? issue.values.map(String) : [];
  const listed =
    values.length > 1 ? `; must be one of ${values.join(', ')}` : `; must be ${values.join('')}`;
  if (issue.input === undefined) return missing(path, listed);
  const guess =
    typeof issue.input === 'string' && values.length > 1 ? closest(issue.input, values) : undefined;
  const hint = guess && guess !== issue.input ? `; did you mean \`${guess}\`?` : '';
  return problem(
    path,
    `\`${formatPath(path)}\` ${issue.message}, got ${describeValue(issue.input)}${hint}`,
  );
}

/**
 * Converts one zod issue into problems (an `unrecognized_keys` issue gives one per key).
 * @param issue - from `safeParse(..., { reportInput: true })`
 * @param root - the schema that was parsed with, to suggest known field names
 * @param limit - most problems to make (an object may hold thousands of unknown keys)
 * @returns the problems, each with the path of the offending value (or key)
 */
export function issueToProblems(
  issue: Issue,
  root: z.ZodType,
  limit = Number.POSITIVE_INFINITY,
): Problem[] {
  const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(root, path, issue.keys, limit);
    case 'invalid_value':
      return [invalidValue(issue, path)];
    case 'invalid_type': {
      if (issue.input === undefined) return [missing(path)];
      if (issue.expected === 'never')
        return [problem(path, `\`${formatPath(path)}\` ${issue.message}`)];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const text = `\`${formatPath(path)}\` must be ${expected}, got ${describeValue(issue.input)}`;
      return [problem(path, text)];
    }
    case 'invalid_key': {
      const text = `key \`${String(path.at(-1))}\` ${issue.issues[0]?.message ?? 'is invalid'}`;
      return [{ ...problem(path, text), at: 'key' }];
    }
    default:
      return [
        problem(
          path,
          `\`${formatPath(path)}\` ${issue.message}, got ${describeValue(issue.input)}`,
        ),
      ];
  }
}
