/**
 * Which rule lines of a node's rule panel fired on a step: the rewrite names the Service whose
 * rule made it (`Rewrite.service`, `namespace/name`), and the line id is
 * `rule:<node>:<namespace>/<name>`. Traces without that field (older ones) fall back to a
 * guess: the Service named in the rule text (iptables and nft comments carry `namespace/name`),
 * else the frontend address the rule matched (the NodePort or ClusterIP), else the kind of
 * rule that address implies.
 */
import type { Layout, NodeBox, RuleLine } from '../../layout';
import type { Rewrite, Step } from '../../sim';

const PROXIES = new Set<Rewrite['by']>(['cloud load balancer', 'ingress controller']);

// The address the fired rule matched: the DNAT's old destination on the way in, the restored
// source (un-SNAT) on the way back.
function frontend(rewrites: Rewrite[]): string | undefined {
  const dnat = rewrites.find((r) => r.kind === 'DNAT' && !r.undo);
  if (dnat) return dnat.before;
  return rewrites.find((r) => r.kind === 'SNAT' && r.undo)?.after;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function score(rule: RuleLine, node: NodeBox, rewrites: Rewrite[], address?: string): number {
  let total = 0;
  const named = new RegExp(`(^|[\\s"])${escapeRegExp(rule.service)}($|[:/"\\s])`);
  if (rewrites.some((r) => r.rule !== undefined && named.test(r.rule))) total += 4;
  if (address) {
    const [ip, port] = [address.slice(0, address.lastIndexOf(':')), address.split(':').pop()];
    const onNode = ip === node.ip;
    const texts = rule.lines.map((l) => l.full);
    const hit = onNode
      ? rule.kind === 'NodePort' && texts.some((t) => t.includes(`:${port}`))
      : texts.some((t) => t.includes(address));
    if (hit) total += 2;
    if ((rule.kind === 'NodePort') === onNode) total += 1;
  }
  return total;
}

/**
 * The rule lines that fired on a step: one per node where kube-proxy (or Cilium) rewrote.
 * @param layout - the layout (its nodes' rule panels)
 * @param step - the trace step; `undefined` for step 0
 * @returns rule line ids (`rule:<node>:<namespace>/<service>`)
 */
export function activeRules(layout: Pick<Layout, 'nodes'>, step: Step | undefined): string[] {
  if (!step) return [];
  const ids: string[] = [];
  for (const node of layout.nodes) {
    const rewrites = step.rewrites.filter((r) => r.at === node.id && !PROXIES.has(r.by));
    const rules = node.rules?.rules ?? [];
    if (rewrites.length === 0 || rules.length === 0) continue;
    const named = [...new Set(rewrites.flatMap((r) => (r.service ? [r.service] : [])))];
    if (named.length > 0) {
      const shown = new Set(rules.map((r) => r.id));
      ids.push(...named.map((svc) => `rule:${node.id}:${svc}`).filter((id) => shown.has(id)));
    } else {
      const guess = guessRule(node, rules, rewrites);
      if (guess) ids.push(guess.id);
    }
  }
  return ids;
}

// Traces without `Rewrite.service`: the best-scoring line, if any scores.
function guessRule(node: NodeBox, rules: RuleLine[], rewrites: Rewrite[]): RuleLine | undefined {
  const address = frontend(rewrites);
  let best: RuleLine | undefined;
  let bestScore = 0;
  for (const rule of rules) {
    const s = score(rule, node, rewrites, address);
    if (s > bestScore) [best, bestScore] = [rule, s];
  }
  return best;
}
