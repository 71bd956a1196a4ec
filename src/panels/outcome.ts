/**
 * How a walk ended, in the few kinds the outcome panel distinguishes (trace `end`, or the
 * `outcome` text for traces without it).
 */
import type { Trace, TraceEnd } from '../sim';

/** The kinds of ending. */
export type OutcomeKind = TraceEnd['kind'];

/** The outcome panel's reading of a trace. */
export interface OutcomeSummary {
  kind: OutcomeKind;
  /** Short label: "Delivered", "HTTP 404", "Dropped", "Rejected". */
  label: string;
  /** The trace's own sentence, e.g. "404: no rule matches /x". */
  text: string;
  /** Where and by whom, e.g. "at node-3, by kube-proxy (iptables)"; absent when delivered. */
  where?: string;
}

function kindOf(trace: Trace): { kind: OutcomeKind; status?: number } {
  if (trace.end !== undefined) return { kind: trace.end.kind, status: trace.end.status };
  if (trace.delivered) return { kind: 'delivered' };
  const http = /^(\d{3})\b/.exec(trace.outcome);
  if (http?.[1] !== undefined) return { kind: 'http-error', status: Number(http[1]) };
  return { kind: trace.outcome.startsWith('rejected') ? 'rejected' : 'dropped' };
}

function labelOf(kind: OutcomeKind, status: number | undefined): string {
  switch (kind) {
    case 'delivered':
      return 'Delivered';
    case 'http-error':
      return status === undefined ? 'HTTP error' : `HTTP ${status}`;
    case 'dropped':
      return 'Dropped';
    case 'rejected':
      return 'Rejected';
  }
}

/**
 * Summarises how a walk ended.
 * @param trace - the walk
 * @returns kind, label, the trace's outcome sentence and, when not delivered, where it ended
 */
export function summarizeOutcome(trace: Trace): OutcomeSummary {
  const { kind, status } = kindOf(trace);
  const summary: OutcomeSummary = { kind, label: labelOf(kind, status), text: trace.outcome };
  const end = trace.end;
  if (kind !== 'delivered' && end !== undefined) {
    summary.where = end.by === undefined ? `at ${end.at}` : `at ${end.at}, by ${end.by}`;
  }
  return summary;
}
