/**
 * Routes: the path a packet follows for one step, from the `from` entity's rest point, through
 * the ports of the `via` nodes in order, to the `to` entity's rest point, along the routing tree.
 */
import type { Step, Trace } from '../sim';
import type { Point } from './boxTypes';
import { polylineLength } from './geometry';
import { roundedPath, roundedPoints } from './roundedPath';
import type { Layout, Route, RouteGraph } from './types';

function vertex(graph: RouteGraph, index: number) {
  const v = graph.vertices[index];
  if (!v) throw new Error(`layout: no route vertex #${index}`);
  return v;
}

/**
 * The unique path between two vertices of the routing tree.
 * @param graph - the layout's routing tree
 * @param from - start vertex index
 * @param to - end vertex index
 * @returns vertex indices from `from` to `to`, both included
 */
export function treePath(graph: RouteGraph, from: number, to: number): number[] {
  const up: number[] = [];
  const seen = new Map<number, number>();
  for (let i = from; i !== -1; i = vertex(graph, i).parent) {
    seen.set(i, up.length);
    up.push(i);
  }
  const down: number[] = [];
  let meet = to;
  while (!seen.has(meet)) {
    down.push(meet);
    meet = vertex(graph, meet).parent;
    if (meet === -1) throw new Error(`layout: vertices #${from} and #${to} are not connected`);
  }
  return [...up.slice(0, (seen.get(meet) ?? 0) + 1), ...down.reverse()];
}

function entityVertex(layout: Layout, id: string): number {
  const entity = layout.entities[id];
  if (!entity)
    throw new Error(`layout: unknown entity "${id}" (was the layout built for the same model?)`);
  return entity.vertex;
}

// Drops repeated points and the middle of straight runs; keeps U-turns (via detours).
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last) {
      const cross = (last.x - before.x) * (p.y - last.y) - (last.y - before.y) * (p.x - last.x);
      const dot = (last.x - before.x) * (p.x - last.x) + (last.y - before.y) * (p.y - last.y);
      if (cross === 0 && dot > 0) out.pop();
    }
    out.push(p);
  }
  return out;
}

function waypoints(layout: Layout, step: Pick<Step, 'from' | 'to' | 'via'>): number[] {
  const { graph } = layout;
  const target = entityVertex(layout, step.to);
  let current = entityVertex(layout, step.from);
  const ids = [current];
  // The nodes hosting the two ends are crossed anyway: through their port, or their bridge lane.
  const hosts = new Set([layout.entities[step.from]?.node, layout.entities[step.to]?.node]);
  for (const node of step.via) {
    const port = graph.ports[node];
    if (port === undefined) throw new Error(`layout: unknown via node "${node}"`);
    if (hosts.has(node)) continue;
    // A port already on the way costs nothing; any other port is a detour down and back.
    ids.push(...treePath(graph, current, port).slice(1));
    current = port;
  }
  ids.push(...treePath(graph, current, target).slice(1));
  // Same place: step out to the neighbouring waypoint and back, so the route has a length.
  const parent = vertex(graph, target).parent;
  if (ids.length === 1 && parent !== -1) ids.push(parent, target);
  return ids;
}

/**
 * The route of one step.
 * @param layout - from `computeLayout`, built for the same model as the trace
 * @param step - `from`, `to` and `via` of a trace step
 * @returns the SVG path, its sampled polyline and its length
 * @throws Error when an entity or via node is not in the layout (a programming error)
 */
export function computeRoute(layout: Layout, step: Pick<Step, 'from' | 'to' | 'via'>): Route {
  const ids = waypoints(layout, step);
  const corners = simplify(ids.map((id) => vertex(layout.graph, id)).map(({ x, y }) => ({ x, y })));
  const points = roundedPoints(corners, layout.cornerRadius);
  return { d: roundedPath(corners, layout.cornerRadius), points, length: polylineLength(points) };
}

/**
 * The routes of every step of a trace.
 * @param layout - from `computeLayout`
 * @param trace - the walk (only `steps` is read)
 * @returns `routes[i]` is the route of `trace.steps[i]` (step index `i + 1`)
 */
export function computeRoutes(layout: Layout, trace: Pick<Trace, 'steps'>): Route[] {
  return trace.steps.map((step) => computeRoute(layout, step));
}
