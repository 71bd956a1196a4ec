/**
 * From parsed YAML data to a resolved Scenario: schema (zod), defaults, cross-checks.
 * Works on plain data, so the fast and the positioned parser share it.
 */
import type { z } from 'zod';
import { crossCheck } from './check/crossCheck';
import { describeValue, type Problem, problem } from './problem';
import { resolveScenario } from './resolve/scenario';
import { issueToProblems } from './schema/issues';
import { scenarioSchema } from './schema/scenario';
import type { Scenario } from './types';

/** The outcome of validating data: a scenario when nothing is an error, and the problems. */
export interface Validated {
  scenario?: Scenario;
  problems: Problem[];
  /** Problems found but not listed: a hostile file can hold hundreds of thousands. */
  omitted: number;
}

/** Most problems turned into messages; enough to fill the report with the first ones. */
export const MAX_PROBLEMS = 1000;

/** Converts zod issues into problems, stopping (and counting) past {@link MAX_PROBLEMS}. */
function schemaProblems(issues: readonly z.core.$ZodIssue[]): Validated {
  const problems: Problem[] = [];
  let omitted = 0;
  for (const issue of issues) {
    const size = issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    const room = MAX_PROBLEMS - problems.length;
    const converted = room > 0 ? issueToProblems(issue, scenarioSchema, room) : [];
    problems.push(...converted);
    omitted += size - converted.length;
  }
  return { problems, omitted };
}

/**
 * Validates and resolves a parsed document.
 * @param data - what the YAML parser produced
 * @returns the scenario (absent when any problem is an error) and all problems
 */
export function validateData(data: unknown): Validated {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const text = `a scenario must be a YAML mapping (apiVersion, kind, metadata, ...), got ${describeValue(data)}`;
    return { problems: [problem([], text)], omitted: 0 };
  }
  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return schemaProblems(parsed.error.issues);
  const resolved = resolveScenario(parsed.data);
  const all = [...resolved.problems, ...crossCheck(resolved.scenario)];
  const problems = all.slice(0, MAX_PROBLEMS);
  const omitted = all.length - problems.length;
  const failed = all.some((p) => p.severity === 'error');
  return failed ? { problems, omitted } : { scenario: resolved.scenario, problems, omitted };
}
