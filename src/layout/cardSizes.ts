/** Sizes of the top cards (client, load balancer, naive Service boxes) at a text scale. */
import type { LineSpec } from './labels';
import { stackHeight } from './labels';
import { CARD, type DetailPreset, FULL } from './presets';
import { scalePreset } from './scale';
import { textWidth } from './text';

/** Sizes of the top cards at one scale. */
export interface CardSizes {
  /** Full-detail fonts and paddings at this scale. */
  preset: DetailPreset;
  height: number;
  clientWidth: number;
  lbWidth: number;
  serviceWidth: number;
  /** Inset of the LB's packet lane from its left edge. */
  lbLane: number;
}

/**
 * The top cards' sizes: three lines of text (title, address, detail) and their padding.
 * @param scale - the layout's text scale
 */
export function cardSizes(scale: number): CardSizes {
  const preset = scalePreset(FULL, scale);
  const lines = stackHeight(preset.fonts, ['title', 'mono', 'body']);
  const r = (v: number) => Math.round(v * scale);
  return {
    preset,
    height: Math.round(lines + 1.4 * preset.pad),
    clientWidth: r(CARD.clientWidth),
    lbWidth: r(CARD.lbWidth),
    serviceWidth: r(CARD.serviceWidth),
    lbLane: r(CARD.lbLane),
  };
}

/**
 * The width a card's lines need (with padding and `inset`), at most `max`, at least 60% of it.
 * @param specs - the lines
 * @param sizes - card sizes at the layout's scale
 * @param max - the widest the card may be
 * @param inset - extra left inset of the text
 */
export function cardWidth(specs: LineSpec[], sizes: CardSizes, max: number, inset = 0): number {
  const { fonts, pad } = sizes.preset;
  const text = Math.max(
    ...specs.map((l) => {
      const font = fonts[l.role];
      return textWidth(l.text, font.size, font.family, l.weight ?? font.weight);
    }),
  );
  return Math.round(Math.min(max, Math.max(0.6 * max, text + 2 * pad + inset + 2)));
}
