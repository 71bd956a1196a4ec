/**
 * The args of the diagram-part stories (Diagram/Parts/…): a scenario at a step (support/args),
 * a fixed frame, whether the static scene is drawn underneath, and the names of the bundled
 * scenarios' nodes and pods for the `node` / `pod` select controls. Also the crops: which part
 * of the canvas a story shows.
 */
import type { Layout, Rect, Route } from '../../src/layout';
import type { ScenarioArgs, SizeArgs } from './args';
import { scenarioArgTypes, sizeArgTypes } from './args';
import { BUNDLED } from './scenarios';

/** Args every diagram-part story has. */
export interface PartArgs extends ScenarioArgs, SizeArgs {
  /** Draw the static scene under the part, for context. */
  scene: boolean;
}

/** Controls of {@link PartArgs}. */
export const partArgTypes = {
  ...scenarioArgTypes,
  ...sizeArgTypes,
  scene: {
    control: 'boolean',
    description: 'Draw the static scene (wiring, nodes, pods, cards) under the part, for context',
  },
} as const;

/** The `progress` control: a still of the leg. */
export const progressArgType = {
  control: { type: 'range', min: 0, max: 1, step: 0.05 },
  description:
    'How far along the current leg (a still; 1 = at rest). The first 40% of a leg with rewrites is the rewrite moment',
} as const;

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** Every node name of the bundled scenarios (first appearance first). */
export const NODE_NAMES: readonly string[] = unique(
  BUNDLED.flatMap((s) => (s.result.ok ? s.result.scenario.cluster.nodes.map((n) => n.name) : [])),
);

/** Every pod name of the bundled scenarios (first appearance first). */
export const POD_NAMES: readonly string[] = unique(
  BUNDLED.flatMap((s) => (s.result.ok ? s.result.scenario.cluster.pods.map((p) => p.name) : [])),
);

/**
 * The smallest rectangle holding every rect, grown by a margin on each side.
 * @param rects - what must be in view (at least one)
 * @param margin - canvas units on each side
 * @returns the crop
 */
export function around(rects: readonly Rect[], margin: number): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const x1 = Math.min(...rects.map((r) => r.x));
  const y1 = Math.min(...rects.map((r) => r.y));
  const x2 = Math.max(...rects.map((r) => r.x + r.width));
  const y2 = Math.max(...rects.map((r) => r.y + r.height));
  return {
    x: x1 - margin,
    y: y1 - margin,
    width: x2 - x1 + 2 * margin,
    height: y2 - y1 + 2 * margin,
  };
}

/**
 * The packet card's box at a point (its rest points are its centre).
 * @param layout - the layout (packet size)
 * @param at - the card's centre
 * @returns the card's rectangle
 */
export function packetBox(layout: Pick<Layout, 'packet'>, at: { x: number; y: number }): Rect {
  const { width, height } = layout.packet;
  return { x: at.x - width / 2, y: at.y - height / 2, width, height };
}

/**
 * Where a leg runs, with the packet card at either end.
 * @param layout - the layout
 * @param route - the leg's route (undefined at step 0)
 * @returns the rectangles to keep in view
 */
export function legBoxes(layout: Layout, route: Route | undefined): Rect[] {
  const points = route?.points ?? [layout.client.rest];
  return points.map((p) => packetBox(layout, p));
}

/**
 * An entity by id, as the layout drew it.
 * @param layout - the layout
 * @param id - entity id
 * @param kind - what the caller looks for, for the message
 * @returns its box
 * @throws when the layout has no such entity (the arg names something the scenario lacks)
 */
export function entityRect(layout: Layout, id: string, kind: string): Rect {
  const entity = layout.entities[id];
  if (entity === undefined) throw new Error(`this scenario has no ${kind} named ${id}`);
  return entity;
}

/**
 * One of a layout's boxes by id, or a message naming the ones there are.
 * @param boxes - the layout's nodes, pods or cards
 * @param id - the id asked for
 * @param kind - what they are, for the message
 * @returns the box
 * @throws when there is none of that id (the arg names something the scenario lacks)
 */
export function pick<T extends { id: string }>(boxes: readonly T[], id: string, kind: string): T {
  const box = boxes.find((b) => b.id === id);
  if (box !== undefined) return box;
  const known = boxes.map((b) => b.id).join(', ') || 'none';
  throw new Error(`this scenario has no ${kind} named ${id}; it has: ${known}`);
}
