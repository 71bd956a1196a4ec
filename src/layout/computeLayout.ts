/** The entry point: Scenario in, every box, line and routing waypoint of the diagram out. */
import type { Scenario } from '../model';
import type { CardBox, NodeBox, PodBox } from './boxTypes';
import { cardSizes } from './cardSizes';
import { buildGraph } from './graph';
import { fitRows, type GridPlan, planGrid } from './grid';
import { presetLadder } from './gridChoice';
import { layoutNodes, measureNodes, nodeFacts, nodeInputs } from './layoutNodes';
import { buses, links } from './network';
import { breathingRoom } from './noteRoom';
import { cardScaleOf, MARGIN, VIEW_MARGIN } from './presets';
import { DEFAULT_MIN_FONT_SIZE, textScale } from './scale';
import { topCards } from './topCards';
import type { EntityRef, Layout, LayoutOptions } from './types';
import { captionRoom, contentViewBox } from './viewBox';

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

// The most detailed preset whose nodes fit everything it promises (the last one always does).
function choosePlan(
  scenario: Scenario,
  k: number,
  width: number,
  height: number,
  floor: number | undefined,
) {
  const facts = nodeFacts(scenario);
  const ladder = presetLadder(k, floor);
  const count = scenario.cluster.nodes.length;
  for (const [i, preset] of ladder.entries()) {
    const last = i === ladder.length - 1;
    const plan = planGrid(preset, count, width, height, !last);
    if (!plan) continue;
    const measure = measureNodes(nodeInputs(scenario, facts, plan, width));
    if (measure.fits || last) return { plan, measure, facts };
  }
  throw new Error('layout: no preset fits'); // unreachable: the last preset is not strict
}

/**
 * The canvas height for a container's aspect ratio: the viewBox (canvas width minus the side
 * margins) then has that ratio when the content uses the height.
 * @param width - canvas width
 * @param aspect - container width / height (clamped to 0.25..4)
 */
export function heightForAspect(width: number, aspect: number): number {
  const ratio = Math.min(4, Math.max(0.25, aspect));
  return Math.round((width - 2 * (MARGIN - VIEW_MARGIN)) / ratio);
}

/**
 * Lays out a scenario: the client and load balancer on top, the node network bus, the nodes in
 * rows (4 across on 16:9, 2 x 2 on a tall container), their rule panels and pods, and the
 * routing tree. Text is at least `minFontSize` at full detail; when it does not fit, labels
 * shorten, then a less detailed level is used (with `strictMinFont`, at the same type size).
 * @param scenario - a resolved scenario (from `loadScenario`)
 * @param options - canvas size (or container aspect), model, minimum font size
 * @returns plain numbers and path strings, rounded to 0.5 units, with a tight `viewBox`
 * @example
 * const layout = computeLayout(scenario, { width: 1600, aspect: 16 / 9 });
 * const routes = computeRoutes(layout, walk(scenario));
 */
export function computeLayout(scenario: Scenario, options: LayoutOptions = {}): Layout {
  const width = options.width ?? 1600;
  const aspect = options.aspect;
  const height =
    aspect !== undefined && aspect > 0 ? heightForAspect(width, aspect) : (options.height ?? 900);
  const model = options.model ?? 'real';
  const minFontSize = options.minFontSize ?? DEFAULT_MIN_FONT_SIZE;
  const k = textScale(minFontSize);
  // The naive caption sits above the top cards, outside the canvas: keep the total height.
  const caption = model === 'naive' ? captionRoom(cardSizes(k).preset.fonts.body) : 0;
  const floor = options.strictMinFont ? minFontSize : undefined;
  const chosen = choosePlan(scenario, k, width, height - caption, floor);
  const room = breathingRoom(chosen.plan, cardSizes(cardScaleOf(chosen.plan.preset)).preset.fonts);
  const plan: GridPlan = fitRows(chosen.plan, chosen.measure.tallest + room);
  const { nodes, pods } = layoutNodes(nodeInputs(scenario, chosen.facts, plan, width));
  const wired = topCards(scenario, plan, nodes, model, width);
  const { client, loadBalancer, serviceBoxes: services } = wired;
  const { graph, rests } = buildGraph(wired, pods);
  const busLines = buses(wired);
  const linkLines = links(wired);
  const entities = entityRefs([client, loadBalancer, ...services], nodes, pods, rests);
  return {
    width,
    height,
    viewBox: contentViewBox({
      cards: [client, loadBalancer, ...services],
      boxes: nodes,
      buses: busLines,
      links: linkLines,
      rests: Object.values(entities).map((e) => e.rest),
      packet: plan.packet,
      body: wired.fonts.body,
    }),
    model,
    minFontSize,
    scale: plan.preset.scale,
    fonts: wired.fonts,
    nodeFonts: plan.preset.fonts,
    detail: plan.preset.detail,
    grid: { columns: plan.columns, rows: plan.rows },
    packet: plan.packet,
    cornerRadius: plan.preset.cornerRadius,
    entities,
    client,
    loadBalancer,
    serviceBoxes: services,
    nodes,
    pods,
    buses: busLines,
    links: linkLines,
    graph,
  };
}
