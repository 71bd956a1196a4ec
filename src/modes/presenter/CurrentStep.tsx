import './PresenterPanels.css';
import { useId } from 'react';
import type { Note } from '../../model';
import { legAt, PacketHeader, RewriteList, RulePanel } from '../../panels';
import type { Trace } from '../../sim';
import { hopLabel, outcomeAt, stepHeadline } from '../stepText';

/** Props of {@link CurrentStep}. */
export interface CurrentStepProps {
  /** The walk. */
  trace: Trace;
  /** The player step. */
  step: number;
  /** The scenario's presenter notes. */
  notes: readonly Note[];
  /** The scenario's question (step 0). */
  question?: string;
}

/**
 * The presenter's view of the step on screen: where and which hop, the presenter's notes in
 * large type, the narration the audience reads, then packet, rewrites and rules. Notes and
 * narration are the page's `aria-live` region.
 * @param props - See {@link CurrentStepProps}.
 * @returns The section.
 */
export function CurrentStep({ trace, step, notes, question }: CurrentStepProps) {
  const id = useId();
  const leg = legAt(trace, step);
  const mine = notes.filter((n) => n.step === step);
  const hop = hopLabel(trace, step);
  const outcome = outcomeAt(trace, step);
  return (
    <section className="pw-presenter-current" aria-labelledby={id}>
      <h2 id={id} className="pw-presenter__heading">
        Now: {stepHeadline(trace, step)}
        {hop ? <span className="pw-presenter__hop">{hop}</span> : null}
      </h2>
      <div aria-live="polite" aria-atomic="true" className="pw-presenter-current__live">
        {mine.length > 0 ? (
          mine.map((note, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: several notes may share a step
            <p key={i} className="pw-presenter-notes">
              {note.text}
            </p>
          ))
        ) : (
          <p className="pw-presenter-notes pw-presenter-notes--none">
            No presenter note for this step.
          </p>
        )}
        <p className="pw-presenter-current__narration">
          <span className="pw-presenter__label">Audience caption</span>{' '}
          {leg === undefined ? (question ?? 'The packet waits at the client.') : leg.note}
        </p>
        {outcome ? <p className="pw-presenter-current__outcome">Outcome: {outcome}</p> : null}
      </div>
      <div className="pw-presenter-current__details">
        <PacketHeader trace={trace} step={step} />
        <RewriteList trace={trace} step={step} />
        <RulePanel trace={trace} step={step} />
      </div>
    </section>
  );
}
