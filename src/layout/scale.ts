/**
 * Type size: the presets are drawn at a base where the smallest text of the full detail level
 * is 14 units; `minFontSize` scales every text role, the paddings that depend on text, the
 * packet card and the top cards by the same factor.
 */
import type { FontRole, FontSpec } from './boxTypes';
import type { DetailPreset } from './presets';

/** Smallest text of the `full` preset at scale 1 (monospace and badge). */
export const BASE_MIN_FONT_SIZE = 14;

/**
 * The default `minFontSize`: in the app the diagram area is about 990 x 630 CSS px at a
 * 1600 x 900 window and 866 x 530 at 1280 x 720, so 20 units on a 1600-wide canvas (viewBox
 * about 1570 wide) render addresses and names at 12.6 and 11 px.
 */
export const DEFAULT_MIN_FONT_SIZE = 20;

/**
 * `minFontSize` for talk mode: a 1600-wide canvas shown 1920 px wide renders 24 units at
 * 28 CSS px or more.
 */
export const TALK_MIN_FONT_SIZE = 24;

// Never below the wanted size: round font sizes up to the next 0.5.
const up = (value: number) => Math.ceil(value * 2 - 1e-9) / 2;

function scaleFonts(fonts: Record<FontRole, FontSpec>, s: number): Record<FontRole, FontSpec> {
  const out = {} as Record<FontRole, FontSpec>;
  for (const role of Object.keys(fonts) as FontRole[]) {
    const font = fonts[role];
    const size = up(font.size * s);
    const extra = font.family === 'mono' ? 2 : 0;
    out[role] = { ...font, size, lineHeight: Math.round(size * 1.3) + extra };
  }
  return out;
}

/**
 * A preset with its text, paddings and rest spacing scaled (gutters and strokes stay).
 * Paddings grow half as fast as the text: big type needs the room for itself.
 * @param preset - a base preset (`FULL`, `COMPACT`, `MINIMAL`, `DENSE`)
 * @param s - scale factor (1 = the base sizes)
 * @returns the scaled preset; `minNode`, `refNode` and `linkGap` scale with the text
 */
export function scalePreset(preset: DetailPreset, s: number): DetailPreset {
  const r = (v: number) => Math.round(v * s);
  const padScale = 1 + (s - 1) / 2;
  const p = (v: number) => Math.round(v * padScale);
  return {
    ...preset,
    fonts: scaleFonts(preset.fonts, s),
    pad: p(preset.pad),
    busClear: p(preset.busClear),
    packetScale: preset.packetScale * s,
    restPad: p(preset.restPad),
    radius: r(preset.radius),
    cornerRadius: r(preset.cornerRadius),
    minNode: { width: r(preset.minNode.width), height: r(preset.minNode.height) },
    refNode: { width: r(preset.refNode.width), height: r(preset.refNode.height) },
    linkGap: preset.linkGap === undefined ? undefined : r(preset.linkGap),
    scale: s,
  };
}

/**
 * The scale factor of a `minFontSize`.
 * @param minFontSize - smallest text at full detail, in canvas units
 * @returns `minFontSize / 14`, never below 0.5
 */
export function textScale(minFontSize: number): number {
  const size = Number.isFinite(minFontSize) ? minFontSize : DEFAULT_MIN_FONT_SIZE;
  return Math.max(0.5, size / BASE_MIN_FONT_SIZE);
}
