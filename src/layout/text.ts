/**
 * Text measurement without a DOM: widths estimated from character counts and per-character
 * advance widths. The table is DejaVu Sans (Debian's default sans, wider than Inter, Segoe UI
 * or Arial), so text that fits here fits in those fonts too. Monospace is 0.6 em per character
 * (DejaVu Sans Mono, Menlo, JetBrains Mono).
 */

/** CSS font stacks the renderer must use so the estimates hold. */
export const FONT_FAMILIES = {
  sans: 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif',
  mono: '"JetBrains Mono", "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
} as const;

/** Font family key, see {@link FONT_FAMILIES}. */
export type FontFamily = keyof typeof FONT_FAMILIES;

// Advance widths in hundredths of an em for U+0020..U+007E, read from DejaVu Sans (Book, Bold).
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79,
  60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63,
  63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
  70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85,
  73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72,
  71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
// A few non-ASCII characters the layout writes; anything else counts as 1 em.
const EXTRA: Record<string, number> = { '→': 84, '·': 32, '…': 100, '×': 84 };
const MONO_EM = 0.6;
const ELLIPSIS = '…';

function charEm(code: number, ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const hundredths = code >= 32 && code <= 126 ? table[code - 32] : EXTRA[ch];
  return (hundredths ?? 100) / 100;
}

/**
 * Estimates the rendered width of a line of text.
 * @param text - the text (one line)
 * @param fontSize - in canvas units
 * @param family - `sans` (proportional) or `mono`
 * @param weight - 600 and above use the bold widths
 * @returns width in canvas units (an upper bound for the fonts in {@link FONT_FAMILIES})
 */
export function textWidth(
  text: string,
  fontSize: number,
  family: FontFamily = 'sans',
  weight = 400,
): number {
  if (family === 'mono') return [...text].length * MONO_EM * fontSize;
  const bold = weight >= 600;
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0) ?? 0, ch, bold);
  return em * fontSize;
}

/**
 * Shortens text with a trailing `…` so that it fits a width.
 * @param text - the text (one line)
 * @param maxWidth - available width in canvas units
 * @param fontSize - in canvas units
 * @param family - `sans` or `mono`
 * @param weight - font weight
 * @returns `text` when it fits; else its longest prefix plus `…` that fits; `''` when not even `…` fits
 */
export function ellipsize(
  text: string,
  maxWidth: number,
  fontSize: number,
  family: FontFamily = 'sans',
  weight = 400,
): string {
  if (textWidth(text, fontSize, family, weight) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length - 1;
  // Binary search the longest prefix that fits together with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (textWidth(candidate, fontSize, family, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const best = chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
  return textWidth(best, fontSize, family, weight) <= maxWidth ? best : '';
}
