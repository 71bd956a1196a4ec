/**
 * The numbered hop badges (DOMAIN.md §0: LB → node → ingress pod → pod = 3 hops) and the
 * Cluster-policy "SNAT + node crossing" tag: where each goes, computed once per layout.
 */
import { hopBadgePosition, type Layout, type Point, type Route } from '../../layout';
import type { Step, Trace } from '../../sim';
import { centredRect } from '../geometry/rects';
import { hopBadgeRadius, tagFontSize } from '../geometry/sizes';
import { placeTag, type TagBox } from '../geometry/tagPlacement';

// Unit offsets around a placed badge, scaled by the radius (see hopBadgeSpecs).
const AROUND = [
  [2, 0],
  [-2, 0],
  [0, 2],
  [0, -2],
] as const;

/** One hop badge. */
export interface HopBadgeSpec {
  /** Index of the trace step (1-based) whose leg it numbers. */
  step: number;
  /** The hop number (1, 2, 3, …). */
  hop: number;
  /** Centre and radius. */
  x: number;
  y: number;
  r: number;
  /** `SNAT + node crossing` / `+ SNAT` on a leg a node masqueraded; otherwise `null`. */
  tag: string | null;
}

/**
 * The tag of a counted leg that a node masqueraded (externalTrafficPolicy: Cluster, §5): the
 * leg is one hop, but it cost a SNAT and, when the pod is elsewhere, a node crossing (§0).
 * @param step - the trace step
 * @param nodes - ids of the layout's nodes
 * @returns the tag text, or `null`
 */
export function snatTag(step: Step, nodes: ReadonlySet<string>): string | null {
  const snat = step.rewrites.some((r) => r.kind === 'SNAT' && !r.undo && nodes.has(r.at));
  if (!step.counted || !snat) return null;
  return step.via.some((node) => node !== step.from) ? 'SNAT + node crossing' : '+ SNAT';
}

function restSamples(layout: Layout, trace: Pick<Trace, 'steps'>, r: number): Point[] {
  const ids = new Set(trace.steps.flatMap((s) => [s.from, s.to]));
  const { width, height } = layout.packet;
  const points: Point[] = [];
  for (const id of ids) {
    const rest = layout.entities[id]?.rest;
    if (!rest) continue;
    for (let dx = -width / 2; dx <= width / 2 + 0.5; dx += width / Math.ceil(width / r)) {
      for (let dy = -height / 2; dy <= height / 2 + 0.5; dy += height / Math.ceil(height / r)) {
        points.push({ x: rest.x + dx, y: rest.y + dy });
      }
    }
  }
  return points;
}

/**
 * Badges for every counted leg, placed near the middle of their routes, off the cards and
 * apart from each other.
 * @param layout - the layout
 * @param trace - the walk
 * @param routes - `routes[i]` belongs to `trace.steps[i]`
 * @returns one badge per counted leg, in step order
 */
export function hopBadgeSpecs(
  layout: Layout,
  trace: Pick<Trace, 'steps'>,
  routes: Route[],
): HopBadgeSpec[] {
  const r = hopBadgeRadius(layout);
  const nodes = new Set(layout.nodes.map((n) => n.id));
  // Where the packet waits (every leg's ends) is kept clear too: sampled as points.
  const placed: Point[] = restSamples(layout, trace, r);
  const specs: HopBadgeSpec[] = [];
  trace.steps.forEach((step, i) => {
    const route = routes[i];
    if (!step.counted || step.hop === undefined || !route) return;
    const at = hopBadgePosition(route, { layout, avoid: placed, radius: r });
    // hopBadgePosition keeps badges two radii apart; ring each one with extra points so
    // neighbours land at least four radii apart and never read as one number ("32").
    placed.push(at, ...AROUND.map(([dx, dy]) => ({ x: at.x + dx * r, y: at.y + dy * r })));
    specs.push({ step: step.index, hop: step.hop, ...at, r, tag: snatTag(step, nodes) });
  });
  return specs;
}

/**
 * The tags (`SNAT + node crossing`) beside their badges, clear of the other badges and, as far
 * as the sides allow, of cards, pods, rule panels and (weighing more) names.
 * @param layout - the layout
 * @param specs - from {@link hopBadgeSpecs}
 * @returns one tag per badge, `null` for badges without one
 */
export function hopTags(layout: Layout, specs: HopBadgeSpec[]): Array<TagBox | null> {
  const font = tagFontSize(layout);
  const discs = specs.map((s) => centredRect(s, 2 * s.r, 2 * s.r));
  return specs.map((s, i) => {
    const disc = discs[i] ?? centredRect(s, 2 * s.r, 2 * s.r);
    return s.tag
      ? placeTag(disc, s.tag, font, layout, { avoid: discs.filter((_, j) => j !== i) })
      : null;
  });
}
