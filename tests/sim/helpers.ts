/**
 * Small accessors for trace assertions.
 */
import { expect } from 'vitest';
import type { Rewrite, Step, Trace } from '../../src/sim';

/** Step `index` (1-based) of a trace; fails the test when it is missing. */
export function step(trace: Trace, index: number): Step {
  const found = trace.steps[index - 1];
  if (!found) throw new Error(`trace has no step ${index} (it has ${trace.steps.length})`);
  expect(found.index).toBe(index);
  return found;
}

/** The rewrite of a kind at a step; fails the test when there is not exactly one. */
export function rewrite(s: Step, kind: Rewrite['kind']): Rewrite {
  const found = s.rewrites.filter((r) => r.kind === kind);
  expect(found, `${kind} rewrites at step ${s.index}`).toHaveLength(1);
  return found[0] as Rewrite;
}

/** The port of an `ip:port`. */
export function portOf(address: string): number {
  return Number(address.slice(address.lastIndexOf(':') + 1));
}

/** The lines of a rule text. */
export function lines(text: string | undefined): string[] {
  return (text ?? '').split('\n');
}
