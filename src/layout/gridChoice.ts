/**
 * Which presets to try and how many columns: the presets from most to least detailed at the
 * layout's text scale (minimal detail may also shrink towards the base scale to fit), and for
 * each the column count that gives nodes closest to its preferred shape.
 */

import { cardSizes } from './cardSizes';
import { half } from './geometry';
import {
  COMPACT,
  cardScaleOf,
  DENSE,
  type DetailPreset,
  FULL,
  MARGIN,
  MAX_NODE_STRETCH,
  MINIMAL,
  PACKET,
  TALL_NODE_STRETCH,
  VIEW_MARGIN,
} from './presets';
import { scalePreset } from './scale';
import type { PacketSize } from './types';

/**
 * The packet card at a preset's scale.
 * @param preset - the (scaled) preset
 */
export function packetFor(preset: DetailPreset): PacketSize {
  const k = preset.packetScale;
  return {
    width: half(PACKET.width * k),
    height: half(PACKET.height * k),
    fontSize: half(PACKET.fontSize * k),
  };
}

/** The smallest text size of a preset at its base scale. */
function smallestFont(preset: DetailPreset): number {
  return Math.min(...Object.values(preset.fonts).map((f) => f.size));
}

/**
 * The presets to try, most detailed first: full and compact at scale `k`, minimal at `k` and
 * then at smaller scales down to 1, dense at 1. With `floor` (talk mode) no text goes below
 * `floor` units at any level: each preset is scaled up until its smallest text reaches it,
 * and minimal is not shrunk.
 * @param k - the text scale (`textScale(minFontSize)`)
 * @param floor - the smallest text allowed at every level, in canvas units
 */
export function presetLadder(k: number, floor?: number): DetailPreset[] {
  if (floor !== undefined) {
    const at = (preset: DetailPreset) => ({
      ...scalePreset(preset, Math.max(k, floor / smallestFont(preset))),
      cardScale: k,
    });
    return [at(FULL), at(COMPACT), at(MINIMAL), at(DENSE)];
  }
  const minimal = [1, 2 / 3, 1 / 3, 0].map((f) => 1 + (k - 1) * f);
  const scales = [...new Set(minimal.map((s) => Math.round(s * 100) / 100))];
  return [
    scalePreset(FULL, k),
    scalePreset(COMPACT, k),
    ...scales.map((s) => scalePreset(MINIMAL, s)),
    scalePreset(DENSE, Math.min(1, k)),
  ];
}

// The top cards' height at a preset's card scale, once per preset: `sizes` runs once per
// column count, and building the card sizes (a scaled preset) costs more than the rest of it.
const cardHeights = new WeakMap<DetailPreset, number>();
function cardHeight(preset: DetailPreset): number {
  let height = cardHeights.get(preset);
  if (height === undefined) {
    height = cardSizes(cardScaleOf(preset)).height;
    cardHeights.set(preset, height);
  }
  return height;
}

/**
 * Node size and vertical spacing for a grid of `columns` columns. Content spans the canvas
 * width minus `MARGIN` on each side and its height minus `VIEW_MARGIN` above and below.
 * @param preset - the (scaled) preset
 * @param count - number of nodes
 * @param columns - number of columns
 * @param width - canvas width
 * @param height - canvas height
 */
export function sizes(
  preset: DetailPreset,
  count: number,
  columns: number,
  width: number,
  height: number,
) {
  const rows = Math.ceil(count / columns);
  const topGap = packetFor(preset).height + 2 * preset.restPad;
  const linkGap = preset.linkGap ?? topGap;
  const top = VIEW_MARGIN;
  const firstTop = top + cardHeight(preset) + topGap + linkGap;
  const between = preset.busClear + linkGap;
  const nodeHeight = (height - VIEW_MARGIN - firstTop - (rows - 1) * between) / rows;
  const room = (width - 2 * MARGIN - (columns - 1) * preset.gutter) / columns;
  // On a tall canvas the width limits the type on screen: nodes stay narrower than preferred.
  const stretch = height > width ? TALL_NODE_STRETCH : MAX_NODE_STRETCH;
  const nodeWidth = Math.min(room, preset.refNode.width * stretch);
  return { rows, linkGap, topGap, top, firstTop, between, nodeWidth, nodeHeight };
}

// Lexicographic comparison with a small tolerance; an empty score is the lowest.
function compare(a: number[], b: number[]): number {
  if (b.length === 0) return 1;
  for (const [i, x] of a.entries()) {
    const y = b[i] ?? 0;
    if (Math.abs(x - y) > 1e-9) return x - y;
  }
  return 0;
}

function fits(preset: DetailPreset, s: ReturnType<typeof sizes>): boolean {
  return s.nodeWidth >= preset.minNode.width && s.nodeHeight >= preset.minNode.height;
}

/**
 * The column count giving nodes closest to the preset's preferred shape (nodes wider than
 * `MAX_NODE_STRETCH` times it score no better); ties go to the roomier nodes, then to fewer
 * empty cells, then to more columns.
 * @param preset - the (scaled) preset
 * @param count - number of nodes
 * @param width - canvas width
 * @param height - canvas height
 * @param strict - skip column counts whose nodes are below the preset's minimum size
 * @returns the column count; 0 when none fits (strict)
 */
export function bestColumns(
  preset: DetailPreset,
  count: number,
  width: number,
  height: number,
  strict: boolean,
): number {
  let best = 0;
  let bestScore: number[] = [];
  for (let columns = 1; columns <= count; columns += 1) {
    const s = sizes(preset, count, columns, width, height);
    if (strict && !fits(preset, s)) continue;
    const w = s.nodeWidth / preset.refNode.width;
    const h = s.nodeHeight / preset.refNode.height;
    // Closest to the preferred shape, then roomier, then fewer empty grid cells; remaining
    // ties go to more columns (wider rows read better on a 16:9 canvas).
    const score = [Math.min(w, h), w + h, -(s.rows * columns - count)];
    if (!(compare(score, bestScore) < 0)) {
      best = columns;
      bestScore = score;
    }
  }
  return best;
}
