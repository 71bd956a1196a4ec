/**
 * The cards above the node network: the client (top-left) and the load balancer (top-centre).
 * The naive model's Service boxes (naive.ts) use the same card shape.
 */
import type { Scenario } from '../model';
import type { CardBox } from './boxTypes';
import { pt, rect } from './geometry';
import { type LineSpec, stackLines } from './labels';
import { CARD, FULL, MARGIN } from './presets';
import { roundedPath } from './roundedPath';
import type { PacketSize } from './types';

/**
 * A card of the top band: a titled box with text lines.
 * @param id - entity id
 * @param kind - entity kind
 * @param frame - position and width (height is fixed)
 * @param specs - the lines
 * @param inset - extra left inset of the text (the LB keeps its lane clear)
 */
export function card(
  id: string,
  kind: CardBox['kind'],
  frame: { x: number; y: number; width: number },
  specs: LineSpec[],
  inset = 0,
): Omit<CardBox, 'rest' | 'anchor' | 'lane'> {
  const pad = FULL.pad;
  const box = rect(frame.x, frame.y, frame.width, CARD.height);
  const textX = box.x + inset + pad;
  const { lines } = stackLines(
    FULL.fonts,
    specs,
    textX,
    box.y + pad * 0.6,
    box.x + box.width - pad - textX,
  );
  return { id, kind, ...box, labels: lines, dashed: kind === 'service' };
}

/**
 * The client card, top-left; the packet rests to its right, on the line to the LB.
 * @param scenario - the resolved scenario
 * @param packet - packet card size
 * @param top - y of the top cards
 */
export function clientCard(scenario: Scenario, packet: PacketSize, top: number): CardBox {
  const { client, host, path } = scenario.request;
  const specs: LineSpec[] = [
    { role: 'title', text: 'client' },
    { role: 'mono', text: `${client.ip}:${client.port}` },
    { role: 'body', text: `GET ${host ?? ''}${path}` },
  ];
  const base = card('client', 'client', { x: MARGIN, y: top, width: CARD.clientWidth }, specs);
  const midY = base.y + base.height / 2;
  const right = base.x + base.width;
  return {
    ...base,
    rest: pt(right + FULL.restPad + packet.width / 2, midY),
    anchor: pt(right, midY),
    lane: null,
  };
}

/**
 * The load-balancer card. Its uplink leaves the bottom at `uplinkX`, near the card's left edge,
 * so the packet crosses the card (in at the left edge, out at the bottom) beside its text,
 * then rests on the uplink.
 * @param scenario - the resolved scenario
 * @param uplinkX - x of the uplink (the trunk's x in multi-row grids)
 * @param top - y of the top cards
 * @param busY - y of the first bus
 */
export function loadBalancerCard(
  scenario: Scenario,
  uplinkX: number,
  top: number,
  busY: number,
): CardBox {
  const lb = scenario.loadBalancer;
  const all = lb.targets.length === scenario.cluster.nodes.length && lb.targets.length > 2;
  const specs: LineSpec[] = [
    { role: 'title', text: lb.name },
    { role: 'mono', text: `${lb.ip}:${lb.port}` },
    {
      role: 'body',
      text: all ? `targets: all ${lb.targets.length} nodes` : `targets: ${lb.targets.join(', ')}`,
    },
  ];
  const frame = { x: uplinkX - CARD.lbLane, y: top, width: CARD.lbWidth };
  const base = card(lb.name, 'loadBalancer', frame, specs, CARD.lbLane);
  const bottom = base.y + base.height;
  const midY = base.y + base.height / 2;
  const lane = roundedPath(
    [pt(base.x, midY), pt(uplinkX, midY), pt(uplinkX, bottom)],
    FULL.cornerRadius,
  );
  return { ...base, rest: pt(uplinkX, (bottom + busY) / 2), anchor: pt(uplinkX, bottom), lane };
}
