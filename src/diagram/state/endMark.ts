/**
 * How the walk ends, as the diagram marks it: the pod that got the request, the controller that
 * answered 404/503, or where the packet was dropped or rejected, and from which step on.
 */
import type { Trace, TraceEnd } from '../../sim';

/** The end-of-walk marker. */
export interface EndMark {
  kind: TraceEnd['kind'];
  /** Entity id where it is drawn. */
  at: string;
  /** The step whose arrival shows it (it stays for every later step). */
  step: number;
  /** Text of the marker, e.g. `delivered`, `HTTP 404`, `dropped`. */
  label: string;
}

function labelOf(end: TraceEnd): string {
  if (end.kind === 'http-error') return `HTTP ${end.status ?? 'error'}`;
  return end.kind;
}

/**
 * The end marker of a walk.
 * @param trace - the walk
 * @returns the marker, or `null` when the trace has no structured end or no steps
 */
export function endMark(trace: Pick<Trace, 'steps' | 'end'>): EndMark | null {
  const { end, steps } = trace;
  if (!end || steps.length === 0) return null;
  const requests = steps.filter((s) => s.direction === 'request');
  const arriving = requests.filter((s) => s.to === end.at).pop();
  const last = arriving ?? requests[requests.length - 1] ?? steps[steps.length - 1];
  return { kind: end.kind, at: end.at, step: last?.index ?? 1, label: labelOf(end) };
}
