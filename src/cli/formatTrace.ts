/**
 * The human-readable form of a trace (`packetwalk trace FILE`): one block per leg, laid out
 * to read well in an 80-column terminal. Deterministic: the same trace gives the same text.
 */
import type { Scenario } from '../model';
import type { Rewrite, Step, Trace } from '../sim';
import { wrapText } from './wrapText';

/** Options of {@link formatTrace}. */
export interface FormatTraceOptions {
  /** Terminal width. @default 80 */
  width?: number;
  /** Print each step's narration. @default true */
  notes?: boolean;
  /** Print the rule text behind each rewrite. @default false */
  rules?: boolean;
}

const INDENT = '          ';

/**
 * Formats a trace as text for a terminal.
 * @param trace - the walk
 * @param scenario - the scenario it came from (for the title and question)
 * @param options - width, notes, rules
 * @returns the text, ending with a newline
 */
export function formatTrace(
  trace: Trace,
  scenario: Scenario,
  options: FormatTraceOptions = {},
): string {
  const width = options.width ?? 80;
  const out: string[] = [];
  out.push(`${scenario.metadata.title} (${trace.scenario}, ${trace.model} model)`);
  if (scenario.metadata.question) out.push(...wrapText(scenario.metadata.question, width));
  out.push('');
  out.push(' step  hop  leg');
  out.push(` ${'-'.repeat(Math.min(width, 80) - 2)}`);
  for (const step of trace.steps) {
    out.push(...formatStep(step, width, options));
  }
  out.push('');
  const hopWord = trace.hops === 1 ? 'hop' : 'hops';
  out.push(
    ...wrapText(
      `Outcome: ${trace.outcome}. ${trace.hops} counted ${hopWord} from the load balancer.`,
      width,
    ),
  );
  return `${out.join('\n')}\n`;
}

function formatStep(step: Step, width: number, options: FormatTraceOptions): string[] {
  const lines: string[] = [];
  const hop = step.counted ? String(step.hop ?? '') : step.direction === 'reply' ? 'reply' : '-';
  const via = step.via.length > 0 ? `  (via ${step.via.join(', ')})` : '';
  lines.push(
    `${String(step.index).padStart(4)}  ${hop.padEnd(5)} ${step.from} -> ${step.to}${via}`,
  );
  for (const rewrite of step.rewrites) {
    lines.push(...formatRewrite(rewrite, width, options.rules === true));
  }
  lines.push(`${INDENT}packet ${step.packet.src} -> ${step.packet.dst}`);
  if (options.notes !== false) {
    for (const line of wrapText(step.note, width - INDENT.length - 2))
      lines.push(`${INDENT}  ${line}`);
  }
  return lines;
}

function formatRewrite(rewrite: Rewrite, width: number, withRule: boolean): string[] {
  const undo = rewrite.undo ? ' (undo)' : '';
  const who = `${INDENT}      at ${rewrite.at} by ${rewrite.by}${undo}`;
  // A proxy rewrite joins two connections ("src -> dst" each): one line per connection reads
  // better than four addresses and three arrows on one line.
  const lines =
    rewrite.kind === 'proxy'
      ? [`${INDENT}proxy in:  ${rewrite.before}`, `${INDENT}      out: ${rewrite.after}`, who]
      : fitOnOneLine(
          `${INDENT}${rewrite.kind.padEnd(5)} ${rewrite.before} -> ${rewrite.after}`,
          who,
          width,
        );
  if (withRule && rewrite.rule) {
    for (const ruleLine of rewrite.rule.split('\n')) lines.push(`${INDENT}      | ${ruleLine}`);
  }
  return lines;
}

function fitOnOneLine(head: string, tail: string, width: number): string[] {
  const joined = `${head}   ${tail.trimStart()}`;
  return joined.length <= width ? [joined] : [head, tail];
}
