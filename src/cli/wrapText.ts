/**
 * Greedy word wrap for terminal output.
 * @param text - one paragraph; runs of white space collapse
 * @param width - the longest line allowed (a single longer word stands alone on its line)
 * @returns the wrapped lines, without trailing spaces
 */
export function wrapText(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.length === 0) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
