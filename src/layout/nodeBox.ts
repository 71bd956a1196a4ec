/**
 * One node: its box, the port on the top edge where its link arrives, the packet's rest beside
 * that link, and the cni0 bridge lane down its right side from the port to the pod rows.
 */
import type { BridgeLane, NodeBox, PodBox, Point } from './boxTypes';
import { clamp, pt, rect } from './geometry';
import { type NodeBoxOptions, nodeInterior } from './nodeInterior';
import { MARGIN } from './presets';

function bridgeLane(port: { x: number; y: number }, pods: PodBox[]): BridgeLane | null {
  if (pods.length === 0) return null;
  const bottom = Math.max(...pods.map((p) => p.rest.y));
  return { x: port.x, y1: port.y, y2: bottom, d: `M${port.x},${port.y}V${bottom}` };
}

// The packet waits in the gap above the node, just left of the link into the port.
function nodeRest(o: NodeBoxOptions, port: Point): Point {
  const { packet, preset } = o;
  const x = port.x - preset.restPad - packet.width / 2;
  return pt(
    clamp(x, MARGIN + packet.width / 2, o.canvasWidth - MARGIN - packet.width / 2),
    port.y - o.linkGap / 2,
  );
}

/**
 * Lays out one node and its pods inside `frame`.
 * @param o - the node, its frame and what to show in it
 * @returns the node box, its pods' boxes, and the height its content uses
 */
export function nodeBox(o: NodeBoxOptions): {
  node: NodeBox;
  pods: PodBox[];
  contentHeight: number;
} {
  const { frame, preset } = o;
  const box = rect(frame.x, frame.y, frame.width, frame.height);
  const port = pt(box.x + box.width - 2 * preset.pad, box.y);
  const { head, rules, pods } = nodeInterior(o, box, port);
  const node: NodeBox = {
    id: o.node.name,
    kind: 'node',
    ...box,
    rest: nodeRest(o, port),
    anchor: port,
    detail: preset.detail,
    port,
    row: o.row,
    column: o.column,
    ip: o.node.ip,
    podCIDR: o.node.podCIDR,
    header: rect(box.x, box.y, box.width, head.bottom - box.y),
    labels: head.lines,
    rules,
    bridge: bridgeLane(port, pods),
    pods: o.pods.map((p) => p.name),
    radius: preset.radius,
  };
  const bottoms = [
    head.bottom,
    rules ? rules.y + rules.height : 0,
    ...pods.map((p) => p.y + p.height),
  ];
  return { node, pods, contentHeight: Math.max(...bottoms) - box.y + preset.pad };
}
