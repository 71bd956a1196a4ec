/**
 * All nodes of a layout: what every node shows (rules, the ingress controller's pods), one
 * input per node from the grid plan, and the height the tallest content needs.
 */
import type { Scenario } from '../model';
import type { NodeBox, PodBox } from './boxTypes';
import type { GridPlan } from './grid';
import { groupBy } from './group';
import { nodeBox } from './nodeBox';
import type { NodeBoxOptions } from './nodeInterior';
import { findService, proxyTitle, selects, serviceRules } from './rules';

/**
 * Names of the ingress controller's pods (those its Service selects).
 * @param scenario - the resolved scenario
 */
export function ingressPodNames(scenario: Scenario): Set<string> {
  const service = findService(scenario, scenario.ingressController.service);
  return new Set(
    scenario.cluster.pods.filter((pod) => selects(service?.selector, pod)).map((pod) => pod.name),
  );
}

/**
 * What every node shows, computed once per layout.
 * @param scenario - the resolved scenario
 */
export function nodeFacts(scenario: Scenario) {
  return {
    rules: serviceRules(scenario),
    ruleTitle: proxyTitle(scenario.cluster.proxyMode),
    ingressPods: ingressPodNames(scenario),
    podsByNode: groupBy(scenario.cluster.pods, (pod) => pod.node),
  };
}

/**
 * One `nodeBox` input per node, placed on the grid.
 * @param scenario - the resolved scenario
 * @param facts - from {@link nodeFacts}
 * @param plan - the grid plan
 * @param width - canvas width
 */
export function nodeInputs(
  scenario: Scenario,
  facts: ReturnType<typeof nodeFacts>,
  plan: GridPlan,
  width: number,
) {
  const { podsByNode, ...shown } = facts;
  const common = {
    ...shown,
    preset: plan.preset,
    packet: plan.packet,
    canvasWidth: width,
    budget: plan.budget,
    linkGap: plan.linkGap,
    podRow: scenario.cluster.pods.length > 0,
  };
  return scenario.cluster.nodes.map((node, i) => {
    const row = Math.floor(i / plan.columns);
    const column = i % plan.columns;
    const frame = {
      x: plan.xs[column] ?? 0,
      y: plan.rowTops[row] ?? 0,
      width: plan.nodeWidth,
      height: plan.nodeHeight,
    };
    return { ...common, node, row, column, frame, pods: podsByNode.get(node.name) ?? [] };
  });
}

/** What measuring the nodes of a plan found. */
export interface NodeMeasure {
  /** Height of the tallest node content. */
  tallest: number;
  /** Everything the level of detail promises fits (full: pod cards and the story's rules). */
  fits: boolean;
}

// Full: pod cards and the story's rules; compact: no dots and a rule; minimal grown above the
// base scale: names on chips (at the base scale anything goes).
function fitsDetail(laid: ReturnType<typeof nodeBox>, input: NodeBoxOptions): boolean {
  const { detail, scale } = input.preset;
  const pods = laid.pods.map((p) => p.detail);
  if (detail === 'minimal') return scale <= 1 || !pods.includes('dot');
  const shown = laid.node.rules?.rules.length ?? 0;
  const wanted = Math.min(input.rules.length, detail === 'full' ? 2 : 1);
  const allowed = detail === 'full' ? ['card'] : ['card', 'chip'];
  return shown >= wanted && pods.every((p) => allowed.includes(p));
}

/**
 * Measures the nodes: the tallest content, and whether all of it fits at this level of detail.
 * Content depends on the pod count only (every node has the same rules and header lines), so
 * one node per distinct count is laid out.
 * @param inputs - from {@link nodeInputs}
 */
export function measureNodes(inputs: NodeBoxOptions[]): NodeMeasure {
  const measured = new Map<number, number>();
  let fits = true;
  for (const input of inputs) {
    if (measured.has(input.pods.length)) continue;
    const laid = nodeBox(input);
    measured.set(input.pods.length, laid.contentHeight);
    fits = fits && fitsDetail(laid, input);
  }
  return { tallest: Math.max(0, ...measured.values()), fits };
}

/**
 * Lays out every node and its pods.
 * @param inputs - from {@link nodeInputs}
 */
export function layoutNodes(inputs: NodeBoxOptions[]): { nodes: NodeBox[]; pods: PodBox[] } {
  const nodes: NodeBox[] = [];
  const pods: PodBox[] = [];
  for (const input of inputs) {
    const laid = nodeBox(input);
    nodes.push(laid.node);
    for (const pod of laid.pods) pods.push(pod);
  }
  return { nodes, pods };
}
