/**
 * The node grid: how many columns and rows, how large each node is, which level of detail.
 * Nodes fill rows (4 across on a 16:9 canvas, 2 x 2 on a tall one), each row with its own bus
 * segment above it, all joined by a vertical trunk in the gutter nearest the centre.
 */
import { scaleBand } from 'd3-scale';
import { half } from './geometry';
import { bestColumns, packetFor, sizes } from './gridChoice';
import type { DetailPreset } from './presets';
import type { PacketSize } from './types';

/** The chosen grid, in canvas units. */
export interface GridPlan {
  preset: DetailPreset;
  columns: number;
  rows: number;
  nodeWidth: number;
  /** Drawn height of every node (fits the tallest content, at most `budget`). */
  nodeHeight: number;
  /** Height available to a node's content: decisions inside nodes depend on this only. */
  budget: number;
  /** y of the cards at the top. */
  top: number;
  /** Left edge of each column. */
  xs: number[];
  /** Top edge of each row. */
  rowTops: number[];
  /** y of the bus above each row. */
  busYs: number[];
  /** Height between a bus and the tops of the nodes below it. */
  linkGap: number;
  /** Height between the top cards and the first bus (the LB's packet rests there). */
  topGap: number;
  packet: PacketSize;
  /** x of the trunk joining the buses; `null` with a single row. */
  trunkX: number | null;
}

function columnXs(columns: number, nodeWidth: number, gutter: number, width: number): number[] {
  const total = columns * nodeWidth + (columns - 1) * gutter;
  const x0 = (width - total) / 2;
  const step = nodeWidth + gutter;
  // A band scale with the gutter as inner padding: the d3 way to space equal columns.
  const x = scaleBand<number>()
    .domain(Array.from({ length: columns }, (_, i) => i))
    .range([x0, x0 + total])
    .paddingInner(columns > 1 ? gutter / step : 0);
  return Array.from({ length: columns }, (_, i) => half(x(i) ?? x0));
}

function trunkFor(xs: number[], gutter: number, width: number, rows: number): number | null {
  if (rows < 2 || xs.length < 2) return null;
  const gutters = xs.slice(1).map((x) => half(x - gutter / 2));
  return gutters.reduce((best, g) =>
    Math.abs(g - width / 2) < Math.abs(best - width / 2) ? g : best,
  );
}

/**
 * Plans the node grid for one preset, with the column count that gives nodes closest to its
 * preferred shape.
 * @param preset - the (scaled) preset
 * @param count - number of nodes (at least 1)
 * @param width - canvas width
 * @param height - canvas height
 * @param strict - `null` when no column count reaches the preset's minimum node size
 */
export function planGrid(
  preset: DetailPreset,
  count: number,
  width: number,
  height: number,
  strict = true,
): GridPlan | null {
  const n = Math.max(1, count);
  const columns = bestColumns(preset, n, width, height, strict) || (strict ? 0 : 1);
  if (columns === 0) return null;
  const s = sizes(preset, n, columns, width, height);
  const xs = columnXs(Math.min(columns, n), s.nodeWidth, preset.gutter, width);
  // Rounded down: the rows never take more than the canvas height.
  const budget = Math.floor(s.nodeHeight * 2) / 2;
  const plan: GridPlan = {
    preset,
    columns,
    rows: s.rows,
    nodeWidth: half(s.nodeWidth),
    nodeHeight: budget,
    budget,
    top: s.top,
    xs,
    rowTops: [],
    busYs: [],
    linkGap: s.linkGap,
    topGap: s.topGap,
    packet: packetFor(preset),
    trunkX: trunkFor(xs, preset.gutter, width, s.rows),
  };
  return fitRows(plan, budget, s.firstTop);
}

/**
 * Sets the node height to `nodeHeight` (never above the budget) and places the rows.
 * @param plan - from {@link planGrid}
 * @param nodeHeight - the wanted node height
 * @param firstTop - top edge of the first row
 */
export function fitRows(plan: GridPlan, nodeHeight: number, firstTop?: number): GridPlan {
  const h = half(Math.min(plan.budget, nodeHeight));
  const between = plan.preset.busClear + plan.linkGap;
  const first = firstTop ?? plan.rowTops[0] ?? 0;
  const rowTops = Array.from({ length: plan.rows }, (_, r) => half(first + r * (h + between)));
  return { ...plan, nodeHeight: h, rowTops, busYs: rowTops.map((t) => half(t - plan.linkGap)) };
}
