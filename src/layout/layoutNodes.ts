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
import { podStyles } from './podGrid';
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

/**
 * Height of the tallest node content. It depends on the pod count only (every node has the same
 * rules and header lines), so one node per distinct count is measured.
 * @param inputs - from {@link nodeInputs}
 */
export function tallestContent(inputs: NodeBoxOptions[]): number {
  const measured = new Map<number, number>();
  for (const input of inputs) {
    if (!measured.has(input.pods.length))
      measured.set(input.pods.length, nodeBox(input).contentHeight);
  }
  return Math.max(0, ...measured.values());
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

/**
 * Room left under the tallest content: one more pod card at full detail, a padding otherwise.
 * @param plan - the grid plan
 */
export function breathingRoom(plan: GridPlan): number {
  const card = podStyles(plan.preset, plan.packet.height)[0];
  return plan.preset.detail === 'full' && card ? card.gap + card.height : plan.preset.pad;
}
