/**
 * Where the top cards go: the client at the left of the node grid, the load balancer centred
 * over it (or on the trunk of a multi-row grid), moved right only as far as the client's
 * resting packet needs; the naive model's Service boxes right of the LB.
 */
import type { Scenario } from '../model';
import type { FontRole, FontSpec, NodeBox } from './boxTypes';
import { cardSizes, cardWidth } from './cardSizes';
import type { GridPlan } from './grid';
import { serviceBoxes, serviceWishes } from './naive';
import type { NetworkParts } from './network';
import { cardScaleOf, MARGIN } from './presets';
import { clientCard, clientLines, loadBalancerCard, loadBalancerLines } from './topBand';
import type { Layout } from './types';

/**
 * The cards above the bus, and everything the wiring needs to know.
 * @param scenario - the resolved scenario
 * @param plan - the grid plan (rows placed)
 * @param nodes - the laid-out nodes
 * @param model - real or naive
 * @param width - canvas width
 * @returns the network parts and the top cards' fonts
 */
export function topCards(
  scenario: Scenario,
  plan: GridPlan,
  nodes: NodeBox[],
  model: Layout['model'],
  width: number,
): NetworkParts & { fonts: Record<FontRole, FontSpec> } {
  const sizes = cardSizes(cardScaleOf(plan.preset));
  const { gutter } = plan.preset;
  const busY = plan.busYs[0] ?? 0;
  const gridLeft = plan.xs[0] ?? MARGIN;
  const gridRight = (plan.xs[plan.xs.length - 1] ?? MARGIN) + plan.nodeWidth;
  // Between the client and the LB the packet rests on the internet link.
  const restGap = plan.packet.width + 2 * sizes.preset.restPad;
  const clientW = cardWidth(clientLines(scenario), sizes, sizes.clientWidth);
  const lbW = cardWidth(loadBalancerLines(scenario), sizes, sizes.lbWidth, sizes.lbLane);
  const wanted = plan.trunkX ?? width / 2 - lbW / 2 + sizes.lbLane;
  const clientX = Math.max(MARGIN, Math.min(gridLeft, wanted - sizes.lbLane - restGap - clientW));
  const uplinkX = Math.max(wanted, clientX + clientW + restGap + sizes.lbLane);
  const client = clientCard(scenario, plan.packet, { x: clientX, y: plan.top }, sizes);
  const loadBalancer = loadBalancerCard(scenario, uplinkX, plan.top, busY, sizes);
  const wishes = model === 'naive' ? serviceWishes(scenario, nodes, width) : [];
  const left = loadBalancer.x + loadBalancer.width + gutter * 2;
  const need = left + wishes.length * (sizes.serviceWidth + gutter);
  const right = Math.min(width - MARGIN, Math.max(gridRight, need));
  const services = serviceBoxes(wishes, { left, right }, plan.top, busY, sizes);
  return {
    client,
    loadBalancer,
    serviceBoxes: services,
    nodes,
    busYs: plan.busYs,
    trunkX: plan.trunkX,
    labelFont: sizes.preset.fonts.body,
    fonts: sizes.preset.fonts,
  };
}
