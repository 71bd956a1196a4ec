/**
 * The routing tree. Every waypoint a packet can pass (rest points, card edges, bus junctions,
 * node ports, bridge-lane heights) is a vertex with one parent, rooted at the LB's junction on
 * the first bus. A route is the unique tree path between two vertices, so a reply follows the
 * same path backwards. Vertices are added parents first and refer to them by array index.
 */
import type { NodeBox, PodBox, Point } from './boxTypes';
import { pt } from './geometry';
import { groupBy } from './group';
import { junctions, type NetworkParts } from './network';
import type { GraphVertex, RouteGraph } from './types';

interface Builder {
  list: GraphVertex[];
  /** `<row>:<x>` of a bus junction to its index. */
  junctions: Map<string, number>;
  /** Entity id to the index of its rest point. */
  rests: Map<string, number>;
}

function add(b: Builder, id: string, p: Point, parent: number): number {
  b.list.push({ id, x: p.x, y: p.y, parent });
  return b.list.length - 1;
}

function addRest(b: Builder, entity: string, p: Point, parent: number): number {
  const index = add(b, `rest:${entity}`, p, parent);
  b.rests.set(entity, index);
  return index;
}

// Each bus is a chain outwards from its root junction: the LB's on the first bus, the trunk's
// on the others (whose parent is the trunk junction of the bus above).
function busChains(b: Builder, parts: NetworkParts): void {
  const lbX = parts.loadBalancer.anchor.x;
  junctions(parts).forEach((xs, row) => {
    const y = parts.busYs[row] ?? 0;
    const rootX = row === 0 ? lbX : (parts.trunkX ?? lbX);
    const at = xs.indexOf(rootX);
    const put = (x: number, parent: number) => {
      b.junctions.set(`${row}:${x}`, add(b, `j:${row}:${x}`, pt(x, y), parent));
    };
    put(rootX, row === 0 ? -1 : (b.junctions.get(`${row - 1}:${rootX}`) ?? -1));
    for (let i = at - 1; i >= 0; i -= 1)
      put(xs[i] ?? 0, b.junctions.get(`${row}:${xs[i + 1]}`) ?? -1);
    for (let i = at + 1; i < xs.length; i += 1)
      put(xs[i] ?? 0, b.junctions.get(`${row}:${xs[i - 1]}`) ?? -1);
  });
}

// Client to LB: in at the card's left edge, along its lane, out at the bottom to the uplink.
function topBand(b: Builder, parts: NetworkParts): void {
  const { client, loadBalancer: lb } = parts;
  const midY = lb.y + lb.height / 2;
  const lbRest = addRest(b, lb.id, lb.rest, b.junctions.get(`0:${lb.anchor.x}`) ?? -1);
  const out = add(b, 'lb:out', lb.anchor, lbRest);
  const core = add(b, 'lb:core', pt(lb.anchor.x, midY), out);
  const inbound = add(b, 'lb:in', pt(lb.x, midY), core);
  addRest(b, client.id, client.rest, inbound);
  for (const box of parts.serviceBoxes) {
    addRest(b, box.id, box.rest, b.junctions.get(`0:${box.anchor.x}`) ?? -1);
  }
}

function nodeBranch(b: Builder, node: NodeBox, pods: PodBox[]): number {
  const junction = b.junctions.get(`${node.row}:${node.port.x}`) ?? -1;
  const link = add(b, `link:${node.id}`, pt(node.port.x, node.rest.y), junction);
  addRest(b, node.id, node.rest, link);
  const port = add(b, `port:${node.id}`, node.port, link);
  // One lane waypoint per distinct rest height; pods resting at that height chain outwards.
  const levels = groupBy(pods, (pod) => pod.rest.y);
  let above = port;
  [...levels.keys()]
    .sort((a, c) => a - c)
    .forEach((y, k) => {
      const lane = add(b, `lane:${node.id}:${k}`, pt(node.port.x, y), above);
      let parent = lane;
      for (const pod of (levels.get(y) ?? []).sort((p, q) => q.rest.x - p.rest.x)) {
        parent = addRest(b, pod.id, pod.rest, parent);
      }
      above = lane;
    });
  return port;
}

/**
 * Builds the routing tree of a layout.
 * @param parts - the laid-out pieces
 * @param pods - every pod box
 * @returns the tree, and the vertex index of each entity's rest point
 */
export function buildGraph(
  parts: NetworkParts,
  pods: PodBox[],
): { graph: RouteGraph; rests: Map<string, number> } {
  const b: Builder = { list: [], junctions: new Map(), rests: new Map() };
  busChains(b, parts);
  topBand(b, parts);
  const byNode = groupBy(pods, (pod) => pod.node);
  const ports: Record<string, number> = {};
  for (const node of parts.nodes) ports[node.id] = nodeBranch(b, node, byNode.get(node.id) ?? []);
  return { graph: { root: 0, vertices: b.list, ports }, rests: b.rests };
}
