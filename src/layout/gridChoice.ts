/**
 * Which preset and how many columns: the most detailed preset whose nodes still reach its
 * minimum size, with the column count that gives nodes closest to its preferred shape.
 */
import { half } from './geometry';
import { CARD, COMPACT, DENSE, type DetailPreset, FULL, MARGIN, MINIMAL, PACKET } from './presets';
import type { PacketSize } from './types';

const SINGLE_ROW_MAX_WIDTH = 440;

/**
 * The packet card at a preset's scale.
 * @param preset - the preset
 */
export function packetFor(preset: DetailPreset): PacketSize {
  const k = preset.packetScale;
  return {
    width: half(PACKET.width * k),
    height: half(PACKET.height * k),
    fontSize: half(PACKET.fontSize * k),
  };
}

/**
 * Node size and vertical spacing for a grid of `columns` columns.
 * @param preset - the preset
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
  const firstTop = MARGIN + CARD.height + topGap + linkGap;
  const between = preset.busClear + linkGap;
  const nodeHeight = (height - MARGIN - firstTop - (rows - 1) * between) / rows;
  let nodeWidth = (width - 2 * MARGIN - (columns - 1) * preset.gutter) / columns;
  if (rows === 1) nodeWidth = Math.min(nodeWidth, SINGLE_ROW_MAX_WIDTH);
  return { rows, linkGap, topGap, firstTop, between, nodeWidth, nodeHeight };
}

function fits(preset: DetailPreset, s: ReturnType<typeof sizes>): boolean {
  return s.nodeWidth >= preset.minNode.width && s.nodeHeight >= preset.minNode.height;
}

// Columns giving nodes closest to the preset's preferred shape; 0 when none fits (strict).
function bestColumns(
  preset: DetailPreset,
  count: number,
  width: number,
  height: number,
  strict: boolean,
) {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  const first = count <= 4 ? count : 1;
  for (let columns = first; columns <= count; columns += 1) {
    const s = sizes(preset, count, columns, width, height);
    if (strict && !fits(preset, s)) continue;
    const score = Math.min(
      s.nodeWidth / preset.refNode.width,
      s.nodeHeight / preset.refNode.height,
    );
    // Ties go to more columns: wider rows read better on a 16:9 canvas.
    if (score >= bestScore) {
      best = columns;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Picks the preset and column count for `count` nodes.
 * @param count - number of nodes
 * @param width - canvas width
 * @param height - canvas height
 */
export function choosePreset(count: number, width: number, height: number) {
  for (const preset of [FULL, COMPACT, MINIMAL]) {
    const columns = bestColumns(preset, count, width, height, true);
    if (columns > 0) return { preset, columns };
  }
  return { preset: DENSE, columns: bestColumns(DENSE, count, width, height, false) };
}
