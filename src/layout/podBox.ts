/** Turns a pod slot into a PodBox: labels, the ingress-controller badge, rest and anchor. */
import type { Pod } from '../model';
import type { Badge, PodBox, TextLine } from './boxTypes';
import { clamp, half, pt, rect } from './geometry';
import { baselineIn, stackLines, textLine } from './labels';
import type { PodSlot, PodStyle } from './podGrid';
import { type DetailPreset, MARGIN } from './presets';
import { textWidth } from './text';
import type { PacketSize } from './types';

/** Inputs of {@link podBox}. */
export interface PodBoxOptions {
  /** The pod to draw. */
  pod: Pod;
  /** Its place in the node's pod grid. */
  slot: PodSlot;
  /** Card, chip or dot sizes. */
  style: PodStyle;
  /** Fonts and padding of the layout's level of detail. */
  preset: DetailPreset;
  /** A pod of the ingress controller's Service: gets the badge. */
  ingressController: boolean;
  /** Packet card size. */
  packet: PacketSize;
  /** Canvas width (rest points keep the packet on the canvas). */
  canvasWidth: number;
}

const BADGE_TEXT = 'ingress controller';

function badgeFor(o: PodBoxOptions, ipLine: TextLine | undefined, textX: number): Badge | null {
  if (!o.ingressController || !ipLine) return null;
  const font = o.preset.fonts.badge;
  const padX = Math.round(font.size * 0.45);
  const width = textWidth(BADGE_TEXT, font.size, font.family, font.weight) + 2 * padX;
  const right = o.slot.x + o.slot.width - Math.round(o.preset.pad * 0.6);
  const ipRight = textX + textWidth(ipLine.text, ipLine.fontSize, 'mono');
  if (right - width < ipRight + padX) return null;
  const height = font.lineHeight;
  const y = ipLine.y - ipLine.fontSize * 0.35 - height / 2;
  const label = textLine(
    font,
    { role: 'badge', text: BADGE_TEXT },
    right - width / 2,
    baselineIn(font, y),
    width,
    'middle',
  );
  return { ...rect(right - width, y, width, height), label };
}

function labelsFor(o: PodBoxOptions): { labels: TextLine[]; badge: Badge | null } {
  const { slot, style, preset } = o;
  const padX = Math.round(preset.pad * 0.6);
  const maxWidth = slot.width - 2 * padX;
  if (style.detail === 'dot') return { labels: [], badge: null };
  if (style.detail === 'chip') {
    const font = preset.fonts.body;
    const top = slot.y + (slot.height - font.lineHeight) / 2;
    const line = textLine(
      font,
      { role: 'body', text: o.pod.name },
      slot.x + padX,
      baselineIn(font, top),
      maxWidth,
    );
    return { labels: line.text ? [line] : [], badge: null };
  }
  const top = slot.y + Math.round(preset.pad * 0.4);
  const specs = [
    { role: 'body' as const, text: o.pod.name, weight: 600 as const },
    { role: 'mono' as const, text: o.pod.ip },
  ];
  const { lines } = stackLines(preset.fonts, specs, slot.x + padX, top, maxWidth);
  return { labels: lines, badge: badgeFor(o, lines[1], slot.x + padX) };
}

function restFor(o: PodBoxOptions, box: { x: number; y: number; width: number; height: number }) {
  const { packet, style } = o;
  if (sideRest(o)) return pt(box.x + box.width - packet.width / 2, box.y + box.height / 2);
  const roomy = style.detail === 'card' || style.gap >= packet.height;
  const restY = roomy ? box.y - style.gap / 2 : box.y - 2 - packet.height / 2;
  const restX = clamp(
    box.x + box.width / 2,
    MARGIN + packet.width / 2,
    o.canvasWidth - MARGIN - packet.width / 2,
  );
  return pt(restX, restY);
}

// A chip holds the packet at its right end when its name still shows to the left. The packet
// is taller than a chip; the rows above and below keep their (vertically centred) names.
function sideRest(o: PodBoxOptions): boolean {
  if (o.style.detail !== 'chip') return false;
  const font = o.preset.fonts.body;
  const name = textWidth(o.pod.name, font.size, font.family, font.weight);
  return Math.round(o.preset.pad * 0.6) + name + o.preset.pad + o.packet.width <= o.slot.width;
}

/**
 * Builds one pod's box. Cards (and chips with a packet-sized gap) rest the packet in the gap
 * above them; other chips on their empty right end when it is long enough, else just above
 * (never over the pod's own name).
 * @param o - the pod, its slot and style
 */
export function podBox(o: PodBoxOptions): PodBox {
  const { slot, style } = o;
  const box = rect(slot.x, slot.y, slot.width, slot.height);
  const centreX = box.x + box.width / 2;
  const { labels, badge } = labelsFor(o);
  // Properties written out (no spreads): this runs once per pod, 10,000 times for big clusters.
  return {
    id: o.pod.name,
    kind: 'pod',
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    rest: restFor(o, box),
    anchor: { x: half(centreX), y: box.y },
    node: o.pod.node,
    ip: o.pod.ip,
    detail: style.detail,
    labels,
    ingressController: o.ingressController,
    badge,
    column: slot.column,
    row: slot.row,
  };
}
