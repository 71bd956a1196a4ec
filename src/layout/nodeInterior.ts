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
}

function headerSpecs(o: NodeBoxOptions, maxWidth: number): LineSpec[] {
  const { node, preset } = o;
  const specs: LineSpec[] = [{ role: 'title', text: node.name }];
  const both = `${node.ip} · pods ${node.podCIDR}`;
  const fits = textWidth(both, preset.fonts.mono.size, 'mono') <= maxWidth;
  if (preset.detail !== 'minimal') specs.push({ role: 'mono', text: fits ? both : node.ip });
  else if (o.budget >= 80) specs.push({ role: 'mono', text: node.ip });
  return specs;
}

function panelFor(
  o: NodeBoxOptions,
  top: number,
  laneX: number,
  podSpace: number,
): RulePanel | null {
  const { frame, preset } = o;
  const available = frame.y + o.budget - preset.pad - top;
  const maxHeight =
    o.pods.length === 0 ? available : Math.max(available - podSpace, available * 0.3);
  return buildRulePanel({
    node: o.node.name,
    specs: o.rules,
    title: o.ruleTitle,
    preset,
    x: frame.x + preset.pad,
    y: top,
    width: frame.width - 2 * preset.pad,
    textRight: laneX - preset.pad,
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
  const firstSlot = podStyles(preset, packet.height)[0];
  const podSpace = firstSlot ? firstSlot.gap + firstSlot.height + preset.pad : 0;
  const rules = panelFor(o, head.bottom + preset.pad * 0.3, port.x, podSpace);
  const areaTop = (rules ? rules.y + rules.height : head.bottom) + preset.pad * 0.3;
  const area = rect(textX, areaTop, maxWidth, box.y + o.budget - preset.pad - areaTop);
  return { head, rules, pods: placePods(o, area) };
}
