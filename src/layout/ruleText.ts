/**
 * The text of one rule entry in a node's rule panel, in the longest form that fits: two lines
 * (`NodePort :32000` / `→ ingress-nginx (1 pod)`), shortened per line when narrow (`:32000`,
 * `→ ingress-nginx`), or one line (`:32000 → ingress-nginx`) when the panel is short of
 * height. Every shortened line keeps the long text as its `full` (the tooltip).
 */
import type { FontSpec } from './boxTypes';
import type { LineSpec } from './labels';
import type { DetailPreset } from './presets';
import type { RuleSpec } from './rules';
import { textWidth } from './text';

/** How a rule entry is written: two lines (match, target) or one. */
export type RuleForm = 'two-line' | 'one-line';

function pods(n: number): string {
  if (n === 0) return 'none';
  return n === 1 ? '1 pod' : `${n} pods`;
}

// The first candidate that fits `maxWidth`, else the last one (ellipsized later).
function pick(font: FontSpec, maxWidth: number, candidates: string[]): string {
  const fit = candidates.find((t) => textWidth(t, font.size, font.family) <= maxWidth);
  return fit ?? candidates[candidates.length - 1] ?? '';
}

function line(role: LineSpec['role'], text: string, full: string): LineSpec {
  return text === full ? { role, text } : { role, text, full };
}

// Cluster: `→ red (2 pods)`. Local: the target, then `local endpoints only: 1 pod` (this node's).
function twoLines(spec: RuleSpec, local: string, preset: DetailPreset, maxWidth: number) {
  const { mono, body } = preset.fonts;
  const match = pick(mono, maxWidth, [spec.match, spec.short]);
  const lines: LineSpec[] = [line('mono', match, spec.match)];
  const target = `→ ${spec.name}`;
  if (!spec.localOnly) {
    const full = `${target} (${pods(spec.total)})`;
    lines.push(line('body', pick(body, maxWidth, [full, target]), full));
  } else if (preset.detail === 'full') {
    const note = `local endpoints only: ${local}`;
    lines.push(
      { role: 'body', text: target },
      line('body', pick(body, maxWidth, [note, `local only: ${local}`]), note),
    );
  } else {
    const full = `${target} · local: ${local}`;
    lines.push(line('body', pick(body, maxWidth, [full, target]), full));
  }
  return lines;
}

/**
 * The lines of one rule entry.
 * @param spec - the rule
 * @param node - the node it is drawn in (its local endpoint count)
 * @param preset - fonts of the level of detail
 * @param form - two lines, or one
 * @param maxWidth - width available to the text
 */
export function ruleLines(
  spec: RuleSpec,
  node: string,
  preset: DetailPreset,
  form: RuleForm,
  maxWidth: number,
): LineSpec[] {
  const local = pods(spec.byNode[node] ?? 0);
  if (form === 'two-line') return twoLines(spec, local, preset, maxWidth);
  const scope = spec.localOnly ? `local endpoints only: ${local}` : pods(spec.total);
  const text = `${spec.short} → ${spec.name}${spec.localOnly ? ` · local: ${local}` : ''}`;
  return [{ role: 'mono', text, full: `${spec.match} → ${spec.name} (${scope})` }];
}
