/**
 * Writes one section of BENCHMARKS.md between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`
 * markers, leaving the other sections (written by other benchmarks) as they are.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const HEADER = `# Benchmarks

Measured by \`npm run bench\`, which runs three parts that can also run alone: core and CLI
(\`bench/run.ts\`), the app (\`bench/app.ts\`: bundle, first draw, frame intervals) and export
(\`npm run bench:export\`). Each section says when and on what machine it was run, and the load
on the machine when it started. Medians unless stated.
`;

/**
 * Replaces (or appends) a section of BENCHMARKS.md.
 * @param file - path of BENCHMARKS.md
 * @param name - section id
 * @param body - markdown
 */
export function writeSection(file: string, name: string, body: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${body.trim()}\n${close}`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${block}${text.slice(end + close.length)}`
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
