import { useId } from 'react';
import type { Note } from '../../model';
import { legAt } from '../../panels';
import type { Trace } from '../../sim';
import { hopLabel, stepHeadline } from '../stepText';

/** Props of {@link NextStep}. */
export interface NextStepProps {
  /** The walk. */
  trace: Trace;
  /** The player step shown now (the summary is of the one after). */
  step: number;
  /** The scenario's presenter notes. */
  notes: readonly Note[];
}

/** A proxy's connection `a -> b` written with the arrow the rest of the screen uses. */
const arrows = (text: string) => text.replace(' -> ', ' → ');

/**
 * What the next key press will show: its leg and hop, its narration, the rewrites it brings
 * and its first presenter note; after the last step, the walk's outcome.
 * @param props - See {@link NextStepProps}.
 * @returns The section.
 */
export function NextStep({ trace, step, notes }: NextStepProps) {
  const id = useId();
  const next = legAt(trace, step + 1);
  const hop = next ? hopLabel(trace, step + 1) : null;
  const note = notes.find((n) => n.step === step + 1);
  return (
    <section className="pw-presenter-next" aria-labelledby={id}>
      <h2 id={id} className="pw-presenter__heading">
        {next ? `Next: ${stepHeadline(trace, step + 1)}` : 'Next: the end of the walk'}
        {hop ? <span className="pw-presenter__hop">{hop}</span> : null}
      </h2>
      {next ? (
        <>
          <p className="pw-presenter-next__note">{next.note}</p>
          {next.rewrites.length > 0 ? (
            <ul className="pw-presenter-next__rewrites">
              {next.rewrites.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rewrites have no id, their order is fixed
                <li key={i}>
                  <strong>{r.kind}</strong> <code>{arrows(r.before)}</code>{' '}
                  {r.kind === 'proxy' ? '⇒' : '→'} <code>{arrows(r.after)}</code> by {r.by}
                </li>
              ))}
            </ul>
          ) : null}
          {note ? (
            <p className="pw-presenter-next__presenter">
              <span className="pw-presenter__label">Your note</span> {note.text}
            </p>
          ) : null}
        </>
      ) : (
        <p className="pw-presenter-next__note">
          {trace.steps.length > 0 ? `Outcome: ${trace.outcome}.` : 'This walk has no legs.'}
        </p>
      )}
    </section>
  );
}
