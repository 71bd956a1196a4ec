/**
 * The inside of a node, top-down: header (name, addresses), the rule panel, the pods. What fits
 * depends on the node's `budget` height only, so a node measured at full height and drawn
 * shorter keeps the same content.
 */
import type { Node, Pod } from '../model';
import type { PodBox, Point, Rect, RulePanel, TextLine } from './boxTypes';
import { rect } from './geometry';
import { type LineSpec, stackLines } from './labels';
import { podBox } from './podBox';
import { podGrid, podStyles } from './podGrid';
import type { DetailPreset } from './presets';
import { buildRulePanel } from './rulePanel';
import type { RuleSpec } from './rules';
import { textWidth } from './text';
import type { PacketSize } from './types';

/** Inputs of `nodeBox`. */
export interface NodeBoxOptions {
  /** The node to draw. */
  node: Node;
  /** Grid row and column. */
  row: number;
  column: number;
  /** Where the node is drawn. */
  frame: Rect;
  /** Sizes and fonts of this layout's level of detail. */
  preset: DetailPreset;
  /** Every Service as a rule, most relevant first. */
  rules: RuleSpec[];
  /** Rule panel title, e.g. `kube-proxy (iptables)`. */
  ruleTitle: string;
  /** The node's pods, in file order. */
  pods: Pod[];
  /** Names of the ingress controller's pods. */
  ingressPods: ReadonlySet<string>;
  /** Packet card size. */
  packet: PacketSize;
  /** Canvas width (rest points keep the packet on the canvas). */
  canvasWidth: number;
  /** Height of the gap between the bus and the node's top (the node's rest sits in it). */
  linkGap: number;
  /** Height the content may use; what fits depends on this, not on `frame.height`. */
  budget: number;
  /** Some node has pods: every panel leaves room for a pod row, so all panels match. */
  podRow: boolean;
}

// Full detail: `IP · pods CIDR` on one line, or on two when that does not fit.
function headerSpecs(o: NodeBoxOptions, maxWidth: number): LineSpec[] {
  const { node, preset } = o;
  const specs: LineSpec[] = [{ role: 'title', text: node.name }];
  const both = `${node.ip} · pods ${node.podCIDR}`;
  const fits = textWidth(both, preset.fonts.mono.size, 'mono') <= maxWidth;
  if (preset.detail === 'full') {
    if (fits) specs.push({ role: 'mono', text: both });
    else
      specs.push({ role: 'mono', text: node.ip }, { role: 'mono', text: `pods ${node.podCIDR}` });
  } else if (preset.detail === 'compact') specs.push({ role: 'mono', text: fits ? both : node.ip });
  else if (o.budget >= 80 * preset.scale) specs.push({ role: 'mono', text: node.ip });
  return specs;
}

function panelFor(o: NodeBoxOptions, top: number, podSpace: number): RulePanel | null {
  const { frame, preset } = o;
  const available = frame.y + o.budget - preset.pad - top;
  const maxHeight = o.podRow ? Math.max(available - podSpace, available * 0.3) : available;
  // The panel is opaque: its text may run over the bridge lane, to the panel's inner edge.
  const right = frame.x + frame.width - preset.pad;
  return buildRulePanel({
    node: o.node.name,
    specs: o.rules,
    title: o.ruleTitle,
    preset,
    x: frame.x + preset.pad,
    y: top,
    width: frame.width - 2 * preset.pad,
    textRight: right - Math.round(preset.pad * 0.7),
    maxHeight,
  });
}

function placePods(o: NodeBoxOptions, area: Rect): PodBox[] {
  const styles = podStyles(o.preset, o.packet.height);
  const grid = podGrid(styles, area, o.pods.length);
  const { preset, packet, canvasWidth } = o;
  return o.pods.map((pod, i) => {
    const slot = grid.slots[i] ?? { x: area.x, y: area.y, width: 0, height: 0, column: 0, row: 0 };
    const ingressController = o.ingressPods.has(pod.name);
    return podBox({ pod, slot, style: grid.style, preset, packet, ingressController, canvasWidth });
  });
}

/** The laid-out inside of a node. */
export interface NodeInterior {
  head: { lines: TextLine[]; bottom: number };
  rules: RulePanel | null;
  pods: PodBox[];
}

/**
 * Lays out the inside of a node whose port (and bridge lane) is at `port`.
 * @param o - the node and what to show in it
 * @param box - the node's rectangle (rounded)
 * @param port - the port on the top edge
 */
export function nodeInterior(o: NodeBoxOptions, box: Rect, port: Point): NodeInterior {
  const { preset, packet } = o;
  const textX = box.x + preset.pad;
  const maxWidth = port.x - preset.pad - textX;
  const head = stackLines(
    preset.fonts,
    headerSpecs(o, maxWidth),
    textX,
    box.y + preset.pad * 0.6,
    maxWidth,
  );
  // Room for a row of pod cards under the panel; for chips when that leaves no room for the
  // story's first two rules.
  const top = head.bottom + preset.pad * 0.3;
  const wanted = Math.min(o.rules.length, 2);
  let rules: RulePanel | null = null;
  for (const slot of podStyles(preset, packet.height)) {
    rules = panelFor(o, top, slot.gap + slot.height + preset.pad);
    if (rules && rules.rules.length >= wanted) break;
  }
  const areaTop = (rules ? rules.y + rules.height : head.bottom) + preset.pad * 0.3;
  const area = rect(textX, areaTop, maxWidth, box.y + o.budget - preset.pad - areaTop);
  return { head, rules, pods: placePods(o, area) };
}
