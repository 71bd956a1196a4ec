/**
 * Sizes per level of detail, at the base scale (full detail: title 20, body 15, monospace 14);
 * `scalePreset` (scale.ts) grows them to the layout's `minFontSize`. `compact` and `minimal`
 * serve larger clusters.
 */
import type { FontRole, FontSpec, NodeDetail } from './boxTypes';

/** Everything that changes with the level of detail. */
export interface DetailPreset {
  detail: NodeDetail;
  fonts: Record<FontRole, FontSpec>;
  /** Inner padding of nodes and cards. */
  pad: number;
  /** Gap between node columns. */
  gutter: number;
  /** Space kept free between a node's bottom and the next bus. */
  busClear: number;
  /** Packet card size relative to the full 220 x 54. */
  packetScale: number;
  /** Space around the packet card where it rests beside a link. */
  restPad: number;
  /** Node corner radius. */
  radius: number;
  /** Route corner radius. */
  cornerRadius: number;
  /** Smallest node this preset is used for. */
  minNode: { width: number; height: number };
  /** Preferred node shape when choosing the grid. */
  refNode: { width: number; height: number };
  /** Bus-to-node gap; default: room for the packet to rest beside the link. */
  linkGap?: number;
  /** Text scale relative to these base sizes (1 here; see `scalePreset`). */
  scale: number;
  /**
   * Text scale of the cards at the top, when it is not `scale`: with a type floor (talk mode)
   * a less detailed level scales its small node text up to the floor, while the cards, in
   * full-detail fonts, stay at the floor's own scale.
   */
  cardScale?: number;
}

/**
 * The scale the top cards are drawn at.
 * @param preset - a (scaled) preset
 */
export function cardScaleOf(preset: DetailPreset): number {
  return preset.cardScale ?? preset.scale;
}

function fonts(
  title: number,
  body: number,
  mono: number,
  badge: number,
): Record<FontRole, FontSpec> {
  const lh = (size: number) => Math.round(size * 1.3);
  return {
    title: { family: 'sans', size: title, weight: 700, lineHeight: lh(title) },
    body: { family: 'sans', size: body, weight: 400, lineHeight: lh(body) },
    mono: { family: 'mono', size: mono, weight: 400, lineHeight: lh(mono) + 2 },
    badge: { family: 'sans', size: badge, weight: 600, lineHeight: lh(badge) },
  };
}

/** The projector design. */
export const FULL: DetailPreset = {
  detail: 'full',
  fonts: fonts(20, 15, 14, 14),
  pad: 14,
  gutter: 24,
  busClear: 14,
  packetScale: 1,
  restPad: 8,
  radius: 14,
  cornerRadius: 16,
  minNode: { width: 200, height: 180 },
  refNode: { width: 370, height: 400 },
  scale: 1,
};

/** Medium clusters: shorter text, pods as chips when they do not fit as cards. */
export const COMPACT: DetailPreset = {
  detail: 'compact',
  fonts: fonts(16, 13, 12, 11),
  pad: 10,
  gutter: 18,
  busClear: 10,
  packetScale: 0.86,
  restPad: 7,
  radius: 10,
  cornerRadius: 12,
  minNode: { width: 150, height: 110 },
  refNode: { width: 260, height: 240 },
  scale: 1,
};

/** Large clusters: names only, rules as stripes, pods as chips or dots. */
export const MINIMAL: DetailPreset = {
  detail: 'minimal',
  fonts: fonts(12, 11, 10, 9),
  pad: 6,
  gutter: 12,
  busClear: 7,
  packetScale: 0.72,
  restPad: 5,
  radius: 6,
  cornerRadius: 8,
  minNode: { width: 90, height: 60 },
  refNode: { width: 150, height: 100 },
  scale: 1,
};

/** Hundreds of nodes: the same detail as minimal, tighter spacing, no room for resting packets. */
export const DENSE: DetailPreset = {
  ...MINIMAL,
  fonts: fonts(9, 9, 8, 7),
  pad: 3,
  gutter: 6,
  busClear: 4,
  packetScale: 0.6,
  restPad: 3,
  radius: 3,
  cornerRadius: 4,
  minNode: { width: 0, height: 0 },
  refNode: { width: 60, height: 40 },
  linkGap: 12,
};

/** The three presets, from most to least detailed. */
export const PRESETS = [FULL, COMPACT, MINIMAL, DENSE] as const;

/** The packet card at full scale: two monospace lines (`src`, `dst`). */
export const PACKET = { width: 220, height: 46, fontSize: 14 } as const;

/** Outer margin of the canvas (the content stays inside it). */
export const MARGIN = 32;

/** Margin of the reported `viewBox` around the content (room for highlight rings). */
export const VIEW_MARGIN = 16;

/** Widest a node is drawn, relative to its preset's preferred width. */
export const MAX_NODE_STRETCH = 1.2;

/** The same on a canvas taller than wide (a phone in portrait), where width limits the type. */
export const TALL_NODE_STRETCH = 0.85;

/** The cards at the top (client, load balancer, naive Service boxes), at the base scale; they
 * always use full-detail fonts (at the layout's scale). */
export const CARD = {
  height: 96,
  clientWidth: 280,
  lbWidth: 300,
  serviceWidth: 260,
  lbLane: 28,
} as const;
