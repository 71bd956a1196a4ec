/**
 * What the scene marks while a step is shown: the entities that acted (performed a rewrite),
 * the leg's destination, and the rule lines that fired. Pure, computed once per step.
 */
import type { Layout } from '../../layout';
import type { Trace } from '../../sim';
import { activeRules } from './activeRules';

/** Marks of one step. */
export interface SceneMarks {
  /** Entity id to its marks, space-separated: `active` (rewrote), `target` (the leg's `to`). */
  entities: Readonly<Record<string, string>>;
  /** Ids of the rule lines that fired (`rule:<node>:<namespace>/<service>`). */
  rules: ReadonlySet<string>;
}

/** No marks (step 0: the packet waits at the client). */
export const NO_MARKS: SceneMarks = { entities: {}, rules: new Set() };

/**
 * The marks of a step.
 * @param layout - the layout (rule panels)
 * @param trace - the walk
 * @param step - 0..steps.length
 * @returns entity marks and fired rule lines
 */
export function stepMarks(
  layout: Pick<Layout, 'nodes'>,
  trace: Pick<Trace, 'steps'>,
  step: number,
): SceneMarks {
  const leg = step > 0 ? trace.steps[step - 1] : undefined;
  if (!leg) return NO_MARKS;
  const marks = new Map<string, Set<string>>();
  const add = (id: string, mark: string) => {
    const set = marks.get(id) ?? new Set<string>();
    set.add(mark);
    marks.set(id, set);
  };
  for (const rewrite of leg.rewrites) add(rewrite.at, 'active');
  add(leg.to, 'target');
  const entities: Record<string, string> = {};
  for (const [id, set] of marks) entities[id] = [...set].sort().join(' ');
  return { entities, rules: new Set(activeRules(layout, leg)) };
}

/**
 * The entities that acted on a step, in order of first rewrite.
 * @param trace - the walk
 * @param step - 0..steps.length
 * @returns entity ids (empty at step 0 and on legs without rewrites)
 */
export function actorsOf(trace: Pick<Trace, 'steps'>, step: number): string[] {
  const leg = step > 0 ? trace.steps[step - 1] : undefined;
  return [...new Set(leg?.rewrites.map((r) => r.at) ?? [])];
}
