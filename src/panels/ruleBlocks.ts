/**
 * The rule texts to show at a step: each rewrite's `rule` (what that component's own
 * tooling would print), and, where the walk ends without delivery, the rule that ended it.
 */
import type { Trace } from '../sim';
import { isOutcomeStep, legAt } from './legs';
import { summarizeOutcome } from './outcome';

/** One block of rule text with its caption. */
export interface RuleBlockData {
  /** e.g. "DNAT · kube-proxy (iptables) on node-3". */
  title: string;
  /** Short name for the Copy button, e.g. "DNAT rule". */
  name: string;
  /** The rule text, several lines, never re-wrapped. */
  text: string;
}

/**
 * Collects the rule texts of a step. Rewrites that share one text (conntrack undoing DNAT
 * and SNAT in one entry) show it once.
 * @param trace - the walk
 * @param step - the player step
 * @returns the blocks, possibly none
 */
export function ruleBlocks(trace: Trace, step: number): RuleBlockData[] {
  const blocks: RuleBlockData[] = [];
  for (const rewrite of legAt(trace, step)?.rewrites ?? []) {
    if (rewrite.rule === undefined || rewrite.rule === '') continue;
    const same = blocks.find((b) => b.text === rewrite.rule);
    const title = `${rewrite.kind} · ${rewrite.by} on ${rewrite.at}`;
    if (same) {
      same.title = `${same.title} + ${rewrite.kind}`;
      continue;
    }
    blocks.push({ title, name: `${rewrite.kind} rule`, text: rewrite.rule });
  }
  const end = trace.end;
  if (isOutcomeStep(trace, step) && end?.rule && end.kind !== 'delivered') {
    const { label } = summarizeOutcome(trace);
    const by = end.by === undefined ? '' : ` · ${end.by}`;
    blocks.push({ title: `${label} at ${end.at}${by}`, name: `${label} rule`, text: end.rule });
  }
  return blocks;
}
