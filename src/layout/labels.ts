/** Builds text lines that fit: positions from line boxes, text shortened with `ellipsize`. */
import type { FontRole, FontSpec, TextLine } from './boxTypes';
import { half } from './geometry';
import { ellipsize } from './text';

/** One line to place. */
export interface LineSpec {
  role: FontRole;
  text: string;
  /** Overrides the role's weight (e.g. a semibold pod name). */
  weight?: 400 | 600 | 700;
  /** The longer text this line stands for, kept as `full` (the tooltip); default `text`. */
  full?: string;
}

/**
 * Baseline of a line whose line box starts at `top` (caps centred in the box).
 * @param font - the line's font
 * @param top - top of the line box
 */
export function baselineIn(font: FontSpec, top: number): number {
  return top + Math.round(font.lineHeight / 2 + font.size * 0.35);
}

/**
 * Makes one text line, shortened to `maxWidth`.
 * @param font - font of the role
 * @param spec - role, text and optional weight
 * @param x - anchor position
 * @param y - baseline
 * @param maxWidth - available width
 * @param anchor - SVG text-anchor
 */
export function textLine(
  font: FontSpec,
  spec: LineSpec,
  x: number,
  y: number,
  maxWidth: number,
  anchor: TextLine['anchor'] = 'start',
): TextLine {
  const weight = spec.weight ?? font.weight;
  return {
    text: ellipsize(spec.text, maxWidth, font.size, font.family, weight),
    full: spec.full ?? spec.text,
    x: half(x),
    y: half(y),
    role: spec.role,
    family: font.family,
    fontSize: font.size,
    weight,
    anchor,
  };
}

/**
 * Stacks lines top-down from `top`, left-aligned at `x`. Lines whose text does not fit at all
 * (not even `…`) are dropped.
 * @param fonts - font per role
 * @param specs - the lines, in order
 * @param x - left edge of the text
 * @param top - top of the first line box
 * @param maxWidth - available width
 * @returns the lines and the bottom of the last line box
 */
export function stackLines(
  fonts: Record<FontRole, FontSpec>,
  specs: LineSpec[],
  x: number,
  top: number,
  maxWidth: number,
): { lines: TextLine[]; bottom: number } {
  const lines: TextLine[] = [];
  let cursor = top;
  for (const spec of specs) {
    const font = fonts[spec.role];
    const line = textLine(font, spec, x, baselineIn(font, cursor), maxWidth);
    if (line.text !== '') lines.push(line);
    cursor += font.lineHeight;
  }
  return { lines, bottom: cursor };
}

/**
 * Height of a stack of lines.
 * @param fonts - font per role
 * @param roles - role of each line
 */
export function stackHeight(fonts: Record<FontRole, FontSpec>, roles: FontRole[]): number {
  return roles.reduce((sum, role) => sum + fonts[role].lineHeight, 0);
}
