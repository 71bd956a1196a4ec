/**
 * Wraps a caption into lines of a PDF font and measures it. The standard PDF fonts encode
 * WinAnsi only, so characters outside it are replaced first (→ becomes ->).
 */
import type { PDFFont } from 'pdf-lib';
import type { CaptionLine } from './caption';

/** The fonts and sizes a caption is set in. */
export interface CaptionFonts {
  title: PDFFont;
  body: PDFFont;
  mono: PDFFont;
}

/** Font size per line style, in points. */
export const CAPTION_SIZES: Record<CaptionLine['style'], number> = {
  title: 13,
  body: 10.5,
  mono: 9.5,
};

/** A wrapped line, ready to draw. */
export interface SetLine {
  text: string;
  font: PDFFont;
  size: number;
  style: CaptionLine['style'];
  /** Space above the line's baseline, from the previous baseline (or the block's top). */
  lead: number;
}

const REPLACEMENTS: Array<[RegExp, string]> = [
  [/→/g, '->'],
  [/←/g, '<-'],
  [/[‐-―]/g, '-'],
];

// A font's character set is a few hundred code points: read once per font, not per line.
const characterSets = new WeakMap<PDFFont, Set<number>>();

function characterSet(font: PDFFont): Set<number> {
  let known = characterSets.get(font);
  if (!known) {
    known = new Set(font.getCharacterSet());
    characterSets.set(font, known);
  }
  return known;
}

/**
 * Makes text drawable in a standard (WinAnsi) font.
 * @param text - any text
 * @param font - the font it will be drawn in
 * @returns the text with arrows spelled out and unknown characters as `?`
 */
export function encodable(text: string, font: PDFFont): string {
  let out = text;
  for (const [pattern, by] of REPLACEMENTS) out = out.replace(pattern, by);
  const known = characterSet(font);
  return [...out].map((c) => (known.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/**
 * Sets a caption: picks each line's font, wraps it to the width, spaces the lines.
 * @param lines - the caption's lines
 * @param fonts - title, body and mono fonts
 * @param width - available width in points
 * @returns the set lines and the block's height in points
 */
export function setCaption(
  lines: readonly CaptionLine[],
  fonts: CaptionFonts,
  width: number,
): { lines: SetLine[]; height: number } {
  const set: SetLine[] = [];
  let height = 0;
  for (const [i, line] of lines.entries()) {
    const font = fonts[line.style];
    const size = CAPTION_SIZES[line.style];
    const text = encodable(line.text, font);
    for (const [j, part] of wrap(text, font, size, width).entries()) {
      const gap = i > 0 && j === 0 ? size * 0.45 : 0;
      const lead = size * 1.25 + gap;
      set.push({ text: part, font, size, style: line.style, lead });
      height += lead;
    }
  }
  return { lines: set, height };
}
