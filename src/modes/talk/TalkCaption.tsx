import { legAt, splitConnection } from '../../panels';
import type { Rewrite, Trace } from '../../sim';
import { hopLabel, outcomeAt, packetAt, stepHeadline } from '../stepText';

/** Props of {@link TalkCaption}. */
export interface TalkCaptionProps {
  /** The walk. */
  trace: Trace;
  /** The player step. */
  step: number;
  /** The scenario's question, told at step 0. */
  question?: string;
  /**
   * Show the leg's note (the question at step 0). Hidden, it is still read by screen readers:
   * the speaker tells it aloud. @default true
   */
  narrated?: boolean;
}

function Addr({ value }: { value: string }) {
  return <code className="pw-talk-caption__addr">{value}</code>;
}

/** An arrow the eye reads and a word a screen reader says. */
function Arrow({ word }: { word: string }) {
  return (
    <>
      <span aria-hidden="true"> → </span>
      <span className="pw-visually-hidden"> {word} </span>
    </>
  );
}

/** An `ip:port`, or for a proxy's connection `src → dst`. */
function Value({ text }: { text: string }) {
  const connection = splitConnection(text);
  if (connection === undefined) return <Addr value={text} />;
  return (
    <>
      <Addr value={connection.src} />
      <Arrow word="to" />
      <Addr value={connection.dst} />
    </>
  );
}

/** A rewrite: its kind, then before and after (a proxy swaps one connection for another). */
function RewriteFact({ rewrite }: { rewrite: Rewrite }) {
  const proxy = rewrite.kind === 'proxy';
  return (
    <li className="pw-talk-caption__fact">
      <span
        className={`pw-talk-caption__kind pw-talk-caption__kind--${rewrite.kind.toLowerCase()}`}
      >
        {rewrite.undo ? `undo ${rewrite.kind}` : rewrite.kind}
      </span>{' '}
      <Value text={rewrite.before} />
      {proxy ? (
        <>
          <span aria-hidden="true" className="pw-talk-caption__then">
            {' '}
            ⇒{' '}
          </span>
          <span className="pw-visually-hidden"> replaced by </span>
        </>
      ) : (
        <Arrow word="becomes" />
      )}
      <Value text={rewrite.after} />
    </li>
  );
}

/**
 * The audience's caption, in type readable from the back of a hall: the step and hop, the
 * leg's note (when narrated), the packet's `src → dst` and each rewrite's `before → after`. Presenter notes
 * are not here (they stay in the presenter view). It is the page's `aria-live` region.
 * @param props - See {@link TalkCaptionProps}.
 * @returns The caption.
 */
export function TalkCaption({ trace, step, question, narrated = true }: TalkCaptionProps) {
  const leg = legAt(trace, step);
  const hop = hopLabel(trace, step);
  const packet = packetAt(trace, step);
  const outcome = outcomeAt(trace, step);
  return (
    <section className="pw-talk-caption" aria-label="Caption">
      <div aria-live="polite" aria-atomic="true" className="pw-talk-caption__live">
        <p className="pw-talk-caption__where">
          <span>{stepHeadline(trace, step)}</span>
          {hop ? <strong className="pw-talk-caption__hop">{hop}</strong> : null}
        </p>
        <p className={narrated ? 'pw-talk-caption__note' : 'pw-visually-hidden'}>
          {leg === undefined ? (question ?? 'Next step sends the packet.') : leg.note}
        </p>
        <ul className="pw-talk-caption__facts">
          {packet ? (
            <li className="pw-talk-caption__fact">
              <span className="pw-talk-caption__label">Packet</span> <Addr value={packet.src} />
              <Arrow word="to" />
              <Addr value={packet.dst} />
            </li>
          ) : null}
          {leg?.rewrites.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rewrites have no id, their order is fixed
            <RewriteFact key={i} rewrite={r} />
          ))}
        </ul>
        {outcome ? <p className="pw-talk-caption__outcome">Outcome: {outcome}</p> : null}
      </div>
    </section>
  );
}
