/**
 * Room kept under the tallest node content for a NAT note (the diagram's rewrite callout), so
 * the note of a node, or of one of its pods, can sit on that node when the height allows.
 */
import type { FontRole, FontSpec } from './boxTypes';
import type { GridPlan } from './grid';

/**
 * Gap a NAT note keeps from its node's edges and from the content above it.
 * @param radius - the node's corner radius
 * @returns 0.7 of the radius, at least 4 units
 */
export function noteInset(radius: number): number {
  return Math.max(4, Math.round(radius * 0.7));
}

/**
 * Height a NAT note (the diagram's rewrite callout, stacked form, two rows) takes inside a
 * node, with its gaps: rows reserve it under the tallest content when the budget allows, so the
 * note of a node or of one of its pods sits on that node. The formula follows `calloutShape`.
 * @param fonts - the fonts of the note (the top cards' at full and compact detail)
 * @param radius - the node's corner radius (the note keeps 0.7 of it from the edges)
 */
export function noteRoom(fonts: Record<FontRole, FontSpec>, radius: number): number {
  const mono = fonts.mono.size;
  const step = Math.round(mono * 1.2);
  const pad = Math.round(mono * 0.5);
  const rowsTop = pad + fonts.body.size + Math.round(mono * 0.3);
  const note = Math.ceil(rowsTop + mono * 0.85 + 5 * step + 2 + mono * 0.3 + pad);
  return note + 2 * noteInset(radius);
}

/**
 * Room left under the tallest content: a NAT note at full and compact detail, a padding
 * otherwise.
 * @param plan - the grid plan
 * @param fonts - the note's fonts
 */
export function breathingRoom(plan: GridPlan, fonts: Record<FontRole, FontSpec>): number {
  if (plan.preset.detail === 'minimal') return plan.preset.pad;
  return Math.max(0, noteRoom(fonts, plan.preset.radius) - plan.preset.pad);
}
