/**
 * The node grid: how many columns and rows, how large each node is, which level of detail.
 * Up to 4 nodes sit side by side in one row; more fill rows, each row with its own bus
 * segment above it, all joined by a vertical trunk in the gutter nearest the centre.
 */
import { scaleBand } from 'd3-scale';
import { half } from './geometry';
import { choosePreset, packetFor, sizes } from './gridChoice';
import { CARD, type DetailPreset, MARGIN } from './presets';
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
  /** y of the cards at the top (the whole drawing is centred vertically). */
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
 * Plans the node grid: the most detailed preset whose nodes still fit its minimum size,
 * with the column count that gives nodes closest to that preset's preferred shape.
 * @param count - number of nodes (at least 1)
 * @param width - canvas width
 * @param height - canvas height
 */
export function planGrid(count: number, width: number, height: number): GridPlan {
  const n = Math.max(1, count);
  const { preset, columns } = choosePreset(n, width, height);
  const s = sizes(preset, n, columns, width, height);
  const xs = columnXs(Math.min(columns, n), s.nodeWidth, preset.gutter, width);
  const plan: GridPlan = {
    preset,
    columns,
    rows: s.rows,
    nodeWidth: half(s.nodeWidth),
    nodeHeight: half(s.nodeHeight),
    budget: half(s.nodeHeight),
    top: MARGIN,
    xs,
    rowTops: [],
    busYs: [],
    linkGap: s.linkGap,
    topGap: s.topGap,
    packet: packetFor(preset),
    trunkX: trunkFor(xs, preset.gutter, width, s.rows),
  };
  return fitRows(plan, plan.budget, height);
}

/**
 * Shrinks the nodes to `nodeHeight` (never above the budget) and centres the drawing vertically.
 * @param plan - from {@link planGrid}
 * @param nodeHeight - the wanted node height
 * @param height - canvas height
 */
export function fitRows(plan: GridPlan, nodeHeight: number, height: number): GridPlan {
  const h = half(Math.min(plan.budget, nodeHeight));
  const between = plan.preset.busClear + plan.linkGap;
  const used = CARD.height + plan.topGap + plan.linkGap + plan.rows * h + (plan.rows - 1) * between;
  const top = Math.max(MARGIN, Math.round((height - used) / 2));
  const firstTop = top + CARD.height + plan.topGap + plan.linkGap;
  const rowTops = Array.from({ length: plan.rows }, (_, r) => half(firstTop + r * (h + between)));
  return {
    ...plan,
    nodeHeight: h,
    top,
    rowTops,
    busYs: rowTops.map((t) => half(t - plan.linkGap)),
  };
}
