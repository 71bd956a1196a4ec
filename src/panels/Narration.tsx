import './Narration.css';
import type { Note } from '../model';
import type { Trace } from '../sim';
import { legAt } from './legs';

/** Props of {@link Narration}. */
export interface NarrationProps {
  /** The walk. */
  trace: Trace;
  /** The player step, 0..steps.length. */
  step: number;
  /** The scenario's presenter notes (`notes`), by step number. */
  notes: readonly Note[];
  /** The scenario's question, told at step 0. */
  question?: string;
  /** Extra class on the root. */
  className?: string;
}

function Intro({ question }: { question?: string }) {
  return (
    <>
      {question ? <p className="pw-narration__question">{question}</p> : null}
      <p className="pw-narration__text">
        The packet waits at the client. Press <kbd>→</kbd> or <strong>Next step</strong> to send the
        packet.
      </p>
    </>
  );
}

/**
 * What is happening, in words: the current leg's note and the presenter's notes for this
 * step, inside the page's one `aria-live="polite"` region (the screen contract), so screen
 * readers hear each step. At step 0 it asks the question and says how to start.
 * @param props - See {@link NarrationProps}.
 * @returns The narration.
 */
export function Narration({ trace, step, notes, question, className }: NarrationProps) {
  const leg = legAt(trace, step);
  const presenter = notes.filter((n) => n.step === step);
  return (
    <section
      className={className ? `pw-narration ${className}` : 'pw-narration'}
      aria-label="Narration"
    >
      <div aria-live="polite" aria-atomic="true" className="pw-narration__live">
        {leg === undefined ? (
          <Intro question={question} />
        ) : (
          <>
            <p className="pw-narration__where">
              {`Step ${leg.index} of ${trace.steps.length}: `}
              {leg.from} <span aria-hidden="true">→</span>
              <span className="pw-visually-hidden"> to </span> {leg.to}
              {leg.direction === 'reply' ? ' (reply)' : ''}
            </p>
            <p className="pw-narration__text">{leg.note}</p>
          </>
        )}
        {presenter.map((note, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: several notes may share a step
          <p key={i} className="pw-narration__presenter">
            <span className="pw-narration__badge">Presenter's note</span> {note.text}
          </p>
        ))}
      </div>
    </section>
  );
}
