/** Places a node's rule table: a title, then one entry per Service rule, as many as fit. */
import type { RuleLine, RulePanel, TextLine } from './boxTypes';
import { rect } from './geometry';
import { type LineSpec, stackHeight, stackLines } from './labels';
import type { DetailPreset } from './presets';
import type { RuleSpec } from './rules';
import { type RuleForm, ruleLines } from './ruleText';
import { textWidth } from './text';

/** Where and how large the panel may be. */
export interface RulePanelOptions {
  /** Node name (part of each rule id). */
  node: string;
  /** The rules, most relevant first. */
  specs: RuleSpec[];
  /** e.g. `kube-proxy (iptables)`. */
  title: string;
  /** Fonts and padding of the layout's level of detail. */
  preset: DetailPreset;
  /** Top-left corner and width of the panel. */
  x: number;
  y: number;
  width: number;
  /** Right edge for text (the bridge lane passes through the panel's right padding). */
  textRight: number;
  /** Tallest the panel may be; rules that do not fit are counted in `hidden`. */
  maxHeight: number;
}

const STRIPE = 4;
const STRIPE_GAP = 3;

function ruleBase(
  spec: RuleSpec,
  node: string,
): Omit<RuleLine, 'x' | 'y' | 'width' | 'height' | 'lines'> {
  const endpoints = spec.localOnly ? (spec.byNode[node] ?? 0) : spec.total;
  return {
    id: `rule:${node}:${spec.key}`,
    service: spec.key,
    kind: spec.kind,
    endpoints,
    localOnly: spec.localOnly,
  };
}

function stripes(o: RulePanelOptions): RulePanel | null {
  const inner = o.preset.pad / 2;
  const fit = Math.floor((o.maxHeight - 2 * inner + STRIPE_GAP) / (STRIPE + STRIPE_GAP));
  const shown = Math.min(fit, o.specs.length);
  if (shown <= 0) return null;
  const rules = o.specs.slice(0, shown).map((spec, i) => ({
    ...ruleBase(spec, o.node),
    ...rect(
      o.x + inner,
      o.y + inner + i * (STRIPE + STRIPE_GAP),
      o.textRight - o.x - inner,
      STRIPE,
    ),
    lines: [],
  }));
  const height = 2 * inner + shown * (STRIPE + STRIPE_GAP) - STRIPE_GAP;
  const hidden = o.specs.length - shown;
  return { ...rect(o.x, o.y, o.width, height), title: null, rules, hidden, more: null };
}

// Text placement shared by the entries of one panel.
interface TextFrame {
  textX: number;
  maxWidth: number;
  inner: number;
}

// Places rule entries top-down from `top` while they fit above `limit`.
function placeRules(
  o: RulePanelOptions,
  frame: TextFrame,
  top: number,
  limit: number,
  form: RuleForm,
) {
  const { fonts } = o.preset;
  const rules: RuleLine[] = [];
  let cursor = top;
  for (const [i, spec] of o.specs.entries()) {
    const specs = ruleLines(spec, o.node, o.preset, form, frame.maxWidth);
    const height =
      stackHeight(
        fonts,
        specs.map((s) => s.role),
      ) + 4;
    // Keep room for the `+N more` line unless this is the last rule.
    const reserve = i === o.specs.length - 1 ? 0 : fonts.body.lineHeight;
    if (cursor + height + reserve > limit) break;
    const { lines } = stackLines(fonts, specs, frame.textX, cursor + 2, frame.maxWidth);
    const box = rect(o.x + frame.inner / 2, cursor, o.width - frame.inner, height);
    rules.push({ ...ruleBase(spec, o.node), ...box, lines });
    cursor += height;
  }
  return { rules, bottom: cursor };
}

/**
 * Builds the rule panel of one node; at `minimal` detail rules are thin stripes without text.
 * Entries are written on two lines, or on one when that shows more of them.
 * @param o - placement and content
 * @returns the panel, or `null` when not even its title fits
 */
export function buildRulePanel(o: RulePanelOptions): RulePanel | null {
  if (o.preset.detail === 'minimal') return stripes(o);
  const two = textPanel(o, 'two-line');
  if (!two || two.hidden === 0) return two;
  const one = textPanel(o, 'one-line');
  return one && one.hidden < two.hidden ? one : two;
}

// `kube-proxy (iptables)` where it fits, else `kube-proxy` (the mode is in the callout).
function fittedTitle(o: RulePanelOptions, maxWidth: number): string {
  const { size } = o.preset.fonts.body;
  if (textWidth(o.title, size, 'sans', 600) <= maxWidth) return o.title;
  return o.title.replace(/ \(.*\)$/, '');
}

function textPanel(o: RulePanelOptions, form: RuleForm): RulePanel | null {
  const { fonts } = o.preset;
  const inner = Math.round(o.preset.pad * 0.7);
  const frame = { textX: o.x + inner, maxWidth: o.textRight - o.x - inner, inner };
  const titleSpec: LineSpec = { role: 'body', text: fittedTitle(o, frame.maxWidth), weight: 600 };
  const head = stackLines(fonts, [titleSpec], frame.textX, o.y + inner / 2, frame.maxWidth);
  const limit = o.y + o.maxHeight - inner;
  if (head.bottom > limit) return null;
  const placed = placeRules(o, frame, head.bottom + 2, limit, form);
  const hidden = o.specs.length - placed.rules.length;
  let bottom = placed.bottom;
  let more: TextLine | null = null;
  if (hidden > 0) {
    const spec: LineSpec = { role: 'body', text: `+${hidden} more rules` };
    more = stackLines(fonts, [spec], frame.textX, bottom, frame.maxWidth).lines[0] ?? null;
    bottom += fonts.body.lineHeight;
  }
  const title = head.lines[0] ?? null;
  return {
    ...rect(o.x, o.y, o.width, bottom + inner - o.y),
    title,
    rules: placed.rules,
    hidden,
    more,
  };
}
