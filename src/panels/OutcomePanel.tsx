import './OutcomePanel.css';
import type { Trace } from '../sim';
import { isOutcomeReached } from './legs';
import { OutcomeIcon } from './OutcomeIcon';
import { summarizeOutcome } from './outcome';

/** Props of {@link OutcomePanel}. */
export interface OutcomePanelProps {
  /** The walk. */
  trace: Trace;
  /** The player step, 0..steps.length. */
  step: number;
  /** Why it ends this way, e.g. the scenario's description; shown under the outcome. */
  summary?: string;
  /** Extra class on the root. */
  className?: string;
}

const NAIVE_CAVEAT =
  'This is the naive picture: the ClusterIP Service drawn as a box and counted as a hop. ' +
  'In a real cluster a Service is a rewrite rule, not a box on the wire; switch "Naive picture" off to compare.';

/**
 * How the walk ended (delivered, 404, 503, dropped, rejected) with its reason, in colour,
 * icon and words. Shown from the last request leg on, nothing before.
 * @param props - See {@link OutcomePanelProps}.
 * @returns The panel, or null before the outcome is reached.
 */
export function OutcomePanel({ trace, step, summary, className }: OutcomePanelProps) {
  if (!isOutcomeReached(trace, step)) return null;
  const outcome = summarizeOutcome(trace);
  const root = `pw-outcome pw-outcome--${outcome.kind}${className ? ` ${className}` : ''}`;
  return (
    <section className={root} aria-label="Outcome">
      <p className="pw-outcome__head">
        <OutcomeIcon kind={outcome.kind} />
        <strong className="pw-outcome__label">{outcome.label}</strong>
      </p>
      <p className="pw-outcome__text">{outcome.text}</p>
      {outcome.where ? <p className="pw-outcome__where">{outcome.where}</p> : null}
      {trace.model === 'naive' ? <p className="pw-outcome__caveat">{NAIVE_CAVEAT}</p> : null}
      {summary ? (
        <p className="pw-outcome__why">
          <strong>Why: </strong>
          {summary}
        </p>
      ) : null}
    </section>
  );
}
