/**
 * The cards above the node network: the client (left) and the load balancer (centre, or on the
 * trunk). The naive model's Service boxes (naive.ts) use the same card shape. Cards use the
 * full-detail fonts at the layout's scale.
 */
import type { Scenario } from '../model';
import type { CardBox } from './boxTypes';
import { type CardSizes, cardWidth } from './cardSizes';
import { pt, rect } from './geometry';
import { type LineSpec, stackLines } from './labels';
import { roundedPath } from './roundedPath';
import type { PacketSize } from './types';

/**
 * A card of the top band: a titled box with text lines.
 * @param id - entity id
 * @param kind - entity kind
 * @param frame - position and width (height from `sizes`)
 * @param specs - the lines
 * @param sizes - card sizes at the layout's scale
 * @param inset - extra left inset of the text (the LB keeps its lane clear)
 */
export function card(
  id: string,
  kind: CardBox['kind'],
  frame: { x: number; y: number; width: number },
  specs: LineSpec[],
  sizes: CardSizes,
  inset = 0,
): Omit<CardBox, 'rest' | 'anchor' | 'lane'> {
  const { pad, fonts } = sizes.preset;
  const box = rect(frame.x, frame.y, frame.width, sizes.height);
  const textX = box.x + inset + pad;
  const top = box.y + pad * 0.7;
  const { lines } = stackLines(fonts, specs, textX, top, box.x + box.width - pad - textX);
  return { id, kind, ...box, labels: lines, dashed: kind === 'service' };
}

/**
 * The client card's lines: title, address, request line.
 * @param scenario - the resolved scenario
 */
export function clientLines(scenario: Scenario): LineSpec[] {
  const { client, host, path } = scenario.request;
  return [
    { role: 'title', text: 'client' },
    { role: 'mono', text: `${client.ip}:${client.port}` },
    { role: 'body', text: `GET ${host ?? ''}${path}` },
  ];
}

/**
 * The load balancer card's lines: name, address, targets.
 * @param scenario - the resolved scenario
 */
export function loadBalancerLines(scenario: Scenario): LineSpec[] {
  const lb = scenario.loadBalancer;
  const all = lb.targets.length === scenario.cluster.nodes.length && lb.targets.length > 2;
  const targets = all ? `all ${lb.targets.length} nodes` : lb.targets.join(', ');
  return [
    { role: 'title', text: lb.name },
    { role: 'mono', text: `${lb.ip}:${lb.port}` },
    { role: 'body', text: `targets: ${targets}` },
  ];
}

/**
 * The client card; the packet rests to its right, on the line to the LB.
 * @param scenario - the resolved scenario
 * @param packet - packet card size
 * @param at - top-left corner
 * @param sizes - card sizes at the layout's scale
 */
export function clientCard(
  scenario: Scenario,
  packet: PacketSize,
  at: { x: number; y: number },
  sizes: CardSizes,
): CardBox {
  const specs = clientLines(scenario);
  const width = cardWidth(specs, sizes, sizes.clientWidth);
  const base = card('client', 'client', { ...at, width }, specs, sizes);
  const midY = base.y + base.height / 2;
  const right = base.x + base.width;
  return {
    ...base,
    rest: pt(right + sizes.preset.restPad + packet.width / 2, midY),
    anchor: pt(right, midY),
    lane: null,
  };
}

/**
 * The load-balancer card. Its uplink leaves the bottom at `uplinkX`, near the card's left edge,
 * so the packet crosses the card (in at the left edge, out at the bottom) beside its text,
 * then rests on the uplink.
 * @param scenario - the resolved scenario
 * @param uplinkX - x of the uplink
 * @param top - y of the top cards
 * @param busY - y of the first bus
 * @param sizes - card sizes at the layout's scale
 */
export function loadBalancerCard(
  scenario: Scenario,
  uplinkX: number,
  top: number,
  busY: number,
  sizes: CardSizes,
): CardBox {
  const specs = loadBalancerLines(scenario);
  const width = cardWidth(specs, sizes, sizes.lbWidth, sizes.lbLane);
  const frame = { x: uplinkX - sizes.lbLane, y: top, width };
  const base = card(scenario.loadBalancer.name, 'loadBalancer', frame, specs, sizes, sizes.lbLane);
  const bottom = base.y + base.height;
  const midY = base.y + base.height / 2;
  const lane = roundedPath(
    [pt(base.x, midY), pt(uplinkX, midY), pt(uplinkX, bottom)],
    sizes.preset.cornerRadius,
  );
  return { ...base, rest: pt(uplinkX, (bottom + busY) / 2), anchor: pt(uplinkX, bottom), lane };
}
