/** The static wiring: one bus per row of nodes, uplinks, node links, the trunk, the internet link. */
import { line } from 'd3-shape';
import type { CardBox, FontSpec, NodeBox, Point } from './boxTypes';
import { pt } from './geometry';
import { textLine } from './labels';
import type { BusLine, LinkLine } from './types';

const polyline = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .digits(2);

/**
 * SVG path of straight segments through `points`.
 * @param points - at least two points
 */
export function straightPath(points: Point[]): string {
  return polyline(points) ?? '';
}

function link(
  id: string,
  kind: LinkLine['kind'],
  from: string,
  to: string,
  points: Point[],
): LinkLine {
  return { id, kind, from, to, points, d: straightPath(points) };
}

/** What the wiring connects. */
export interface NetworkParts {
  client: CardBox;
  loadBalancer: CardBox;
  serviceBoxes: CardBox[];
  nodes: NodeBox[];
  busYs: number[];
  trunkX: number | null;
  labelFont: FontSpec;
}

/**
 * x positions where something joins each bus (LB, Service boxes, trunk, node ports), sorted.
 * @param parts - the laid-out pieces
 */
export function junctions(parts: NetworkParts): number[][] {
  const rows = parts.busYs.map(() => new Set<number>());
  const top = rows[0];
  top?.add(parts.loadBalancer.anchor.x);
  for (const box of parts.serviceBoxes) top?.add(box.anchor.x);
  if (parts.trunkX !== null) for (const row of rows) row.add(parts.trunkX);
  for (const node of parts.nodes) rows[node.row]?.add(node.port.x);
  return rows.map((row) => [...row].sort((a, b) => a - b));
}

/**
 * Buses: each spans its row of nodes and every junction on it; the first is labelled.
 * @param parts - the laid-out pieces
 */
export function buses(parts: NetworkParts): BusLine[] {
  const joins = junctions(parts);
  return parts.busYs.map((y, row) => {
    const xs = [...(joins[row] ?? [])];
    for (const node of parts.nodes) if (node.row === row) xs.push(node.x, node.x + node.width);
    const x1 = Math.min(...xs);
    const x2 = Math.max(...xs);
    const label =
      row === 0
        ? textLine(parts.labelFont, { role: 'body', text: 'node network' }, x1, y - 8, x2 - x1)
        : null;
    return { id: `bus:${row}`, row, x1, x2, y, d: straightPath([pt(x1, y), pt(x2, y)]), label };
  });
}

/**
 * Static links: client to LB, uplinks of the LB and Service boxes, node links, the trunk.
 * @param parts - the laid-out pieces
 */
export function links(parts: NetworkParts): LinkLine[] {
  const { client, loadBalancer: lb, busYs } = parts;
  const bus0 = busYs[0] ?? lb.anchor.y;
  const out: LinkLine[] = [
    link(`link:${client.id}`, 'internet', client.id, lb.id, [
      client.anchor,
      pt(lb.x, lb.y + lb.height / 2),
    ]),
    link(`link:${lb.id}`, 'uplink', lb.id, 'bus:0', [lb.anchor, pt(lb.anchor.x, bus0)]),
  ];
  for (const box of parts.serviceBoxes) {
    out.push(
      link(`link:${box.id}`, 'uplink', box.id, 'bus:0', [box.anchor, pt(box.anchor.x, bus0)]),
    );
  }
  for (const node of parts.nodes) {
    const busY = busYs[node.row] ?? bus0;
    out.push(
      link(`link:${node.id}`, 'node', `bus:${node.row}`, node.id, [
        pt(node.port.x, busY),
        node.port,
      ]),
    );
  }
  const last = busYs[busYs.length - 1];
  if (parts.trunkX !== null && last !== undefined && busYs.length > 1) {
    out.push(
      link('trunk', 'trunk', 'bus:0', `bus:${busYs.length - 1}`, [
        pt(parts.trunkX, bus0),
        pt(parts.trunkX, last),
      ]),
    );
  }
  return out;
}
