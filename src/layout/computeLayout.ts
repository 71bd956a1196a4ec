/** The entry point: Scenario in, every box, line and routing waypoint of the diagram out. */
import type { Scenario } from '../model';
import type { CardBox, NodeBox, PodBox } from './boxTypes';
import { buildGraph } from './graph';
import { fitRows, type GridPlan, planGrid } from './grid';
import { breathingRoom, layoutNodes, nodeFacts, nodeInputs, tallestContent } from './layoutNodes';
import { serviceBoxes, serviceWishes } from './naive';
import { buses, links, type NetworkParts } from './network';
import { CARD, FULL, MARGIN } from './presets';
import { clientCard, loadBalancerCard } from './topBand';
import type { EntityRef, Layout, LayoutOptions } from './types';

function entityRefs(
  cards: CardBox[],
  nodes: NodeBox[],
  pods: PodBox[],
  rests: Map<string, number>,
): Record<string, EntityRef> {
  const entities: Record<string, EntityRef> = {};
  const all: Array<CardBox | NodeBox | PodBox> = [...cards, ...nodes, ...pods];
  for (const b of all) {
    const { kind, x, y, width, height, rest, anchor } = b;
    const ref: EntityRef = {
      kind,
      x,
      y,
      width,
      height,
      rest,
      anchor,
      vertex: rests.get(b.id) ?? -1,
    };
    if (kind === 'pod') ref.node = (b as PodBox).node;
    entities[b.id] = ref;
  }
  return entities;
}

// The cards above the bus, and everything the wiring needs to know.
function topCards(
  scenario: Scenario,
  plan: GridPlan,
  nodes: NodeBox[],
  model: Layout['model'],
  width: number,
): NetworkParts {
  const busY = plan.busYs[0] ?? 0;
  const client = clientCard(scenario, plan.packet, plan.top);
  // One row: the LB card is centred; a grid: its uplink continues the trunk.
  const uplinkX = plan.trunkX ?? width / 2 - CARD.lbWidth / 2 + CARD.lbLane;
  const loadBalancer = loadBalancerCard(scenario, uplinkX, plan.top, busY);
  const band = {
    left: loadBalancer.x + loadBalancer.width + FULL.gutter * 2,
    right: width - MARGIN,
  };
  const wishes = model === 'naive' ? serviceWishes(scenario, nodes, width) : [];
  const services = serviceBoxes(wishes, band, plan.top, busY);
  const { busYs, trunkX } = plan;
  return {
    client,
    loadBalancer,
    serviceBoxes: services,
    nodes,
    busYs,
    trunkX,
    labelFont: FULL.fonts.body,
  };
}

/**
 * Lays out a scenario: the client and load balancer on top, the node network bus, the nodes
 * side by side (a grid of rows beyond 4), their rule panels and pods, and the routing tree.
 * @param scenario - a resolved scenario (from `loadScenario`)
 * @param options - canvas size and model
 * @returns plain numbers and path strings, rounded to 0.5 units
 * @example
 * const layout = computeLayout(scenario, { width: 1600, height: 900 });
 * const routes = computeRoutes(layout, walk(scenario));
 */
export function computeLayout(scenario: Scenario, options: LayoutOptions = {}): Layout {
  const width = options.width ?? 1600;
  const height = options.height ?? 900;
  const model = options.model ?? 'real';
  // Measure the tallest node content first, then shrink rows to it and centre vertically.
  const budgetPlan = planGrid(scenario.cluster.nodes.length, width, height);
  const facts = nodeFacts(scenario);
  const measured = tallestContent(nodeInputs(scenario, facts, budgetPlan, width));
  const plan = fitRows(budgetPlan, measured + breathingRoom(budgetPlan), height);
  const { nodes, pods } = layoutNodes(nodeInputs(scenario, facts, plan, width));
  const parts = topCards(scenario, plan, nodes, model, width);
  const { client, loadBalancer, serviceBoxes: services } = parts;
  const { graph, rests } = buildGraph(parts, pods);
  return {
    width,
    height,
    model,
    fonts: plan.preset.fonts,
    detail: plan.preset.detail,
    grid: { columns: plan.columns, rows: plan.rows },
    packet: plan.packet,
    cornerRadius: plan.preset.cornerRadius,
    entities: entityRefs([client, loadBalancer, ...services], nodes, pods, rests),
    client,
    loadBalancer,
    serviceBoxes: services,
    nodes,
    pods,
    buses: buses(parts),
    links: links(parts),
    graph,
  };
}
