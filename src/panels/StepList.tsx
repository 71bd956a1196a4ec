import './StepList.css';
import { useEffect, useRef } from 'react';
import type { Step, Trace } from '../sim';

/** Props of {@link StepList}. */
export interface StepListProps {
  /** The walk. */
  trace: Trace;
  /** The player step, 0..steps.length. */
  step: number;
  /** Called with the step to jump to (0 = back at the client). */
  onSelect: (step: number) => void;
  /** Extra class on the root. */
  className?: string;
}

function LegLabel({ leg }: { leg: Step }) {
  return (
    <>
      <span className="pw-steps__route">
        {leg.from} <span aria-hidden="true">→</span>
        <span className="pw-visually-hidden"> to </span> {leg.to}
      </span>{' '}
      {leg.counted ? (
        <span className="pw-steps__badge pw-steps__badge--hop">
          {`Hop ${leg.hop ?? ''}`.trim()}
        </span>
      ) : null}
      {leg.direction === 'reply' ? (
        <span className="pw-steps__badge pw-steps__badge--reply">Reply</span>
      ) : null}
    </>
  );
}

/** Scrolls the timeline (only it, never the page) so the current step is in view. */
function revealInList(list: HTMLElement | null, item: HTMLElement | null): void {
  if (list === null || item === null) return;
  const box = list.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  const pad = 16;
  if (at.left < box.left) list.scrollLeft -= box.left - at.left + pad;
  else if (at.right > box.right) list.scrollLeft += at.right - box.right + pad;
}

/**
 * The timeline: the start and every leg as a button that jumps there, with from → to, the
 * hop number of counted legs and a mark on reply legs; the current one is
 * `aria-current="step"`.
 * @param props - See {@link StepListProps}.
 * @returns The navigation list.
 */
export function StepList({ trace, step, onSelect, className }: StepListProps) {
  const items = [0, ...trace.steps.map((leg) => leg.index)];
  const listRef = useRef<HTMLOListElement>(null);
  const currentRef = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => revealInList(listRef.current, currentRef.current), [step]);
  return (
    <nav aria-label="Steps" className={className ? `pw-steps ${className}` : 'pw-steps'}>
      <ol ref={listRef} className="pw-steps__list">
        {items.map((index) => {
          const leg = trace.steps[index - 1];
          const current = index === step;
          return (
            <li key={index} className="pw-steps__item">
              <button
                type="button"
                className={
                  current ? 'pw-steps__button pw-steps__button--current' : 'pw-steps__button'
                }
                aria-current={current ? 'step' : undefined}
                ref={current ? currentRef : undefined}
                onClick={() => onSelect(index)}
              >
                <span className="pw-steps__number">
                  <span className="pw-visually-hidden">Step</span> {index}
                </span>{' '}
                {leg ? (
                  <LegLabel leg={leg} />
                ) : (
                  <span className="pw-steps__route">Start: client</span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
