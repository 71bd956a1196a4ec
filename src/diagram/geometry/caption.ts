/**
 * Where the naive model's warning caption goes: above its dashed Service box when there is
 * room, else just below it. The caption is two short lines, so it fits the box's width.
 */
import { type FontSpec, type Rect, textWidth } from '../../layout';

/** The caption's lines, as positioned text. */
export interface CaptionLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  fontSize: number;
}

/** The caption of the naive Service box. */
export const NAIVE_CAPTION = ['not real: a Service is', 'not a box on the wire'] as const;

/**
 * Positions the naive caption for a Service box.
 * @param box - the dashed Service box
 * @param font - the body font of the layout
 * @param top - top of the drawn area (the layout's viewBox keeps room above Service boxes)
 * @returns its lines, centred on the box
 */
export function naiveCaption(box: Rect, font: FontSpec, top = 0): CaptionLine[] {
  const widest = Math.max(...NAIVE_CAPTION.map((t) => textWidth(t, font.size, 'sans', 600)));
  const fontSize = widest > box.width ? font.size * (box.width / widest) : font.size;
  const lineHeight = Math.round(fontSize * 1.25);
  const height = lineHeight * NAIVE_CAPTION.length;
  const above = box.y - 6 - height >= top;
  const firstBaseline = above ? box.y - 6 - height + fontSize : box.y + box.height + 6 + fontSize;
  return NAIVE_CAPTION.map((text, i) => ({
    text,
    x: box.x + box.width / 2,
    y: firstBaseline + i * lineHeight,
    fontSize,
  }));
}
