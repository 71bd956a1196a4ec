import './HopCounter.css';
import type { Trace } from '../sim';
import { formatHops, type HopStatus, hopStatus } from './hopStatus';

/** Props of {@link HopCounter}. */
export interface HopCounterProps {
  /** The walk. */
  trace: Trace;
  /** The player step, 0..steps.length. */
  step: number;
  /** Extra class on the root. */
  className?: string;
}

interface Reading {
  value: string;
  detail: string;
}

function read(status: HopStatus, trace: Trace): Reading {
  switch (status.kind) {
    case 'start':
      return {
        value: 'Not sent yet',
        detail: 'The packet waits at the client. Hops are counted from the load balancer on.',
      };
    case 'before-lb':
      return {
        value: 'Before the load balancer: not a hop',
        detail: 'The quiz counts from the load balancer on.',
      };
    case 'hop':
      return {
        value: `Hop ${status.hop} of ${status.total}`,
        detail: 'Counted from the load balancer.',
      };
    case 'answer': {
      const last =
        status.hop === undefined ? '' : `Hop ${status.hop} of ${status.hops}, the last. `;
      return { value: formatHops(status.hops), detail: `${last}Outcome: ${trace.outcome}` };
    }
    case 'reply':
      return {
        value: 'Reply',
        detail: `Leg ${status.leg} of ${status.legs} on the way back. Replies are not hops: the answer stays ${formatHops(status.hops)}.`,
      };
  }
}

/**
 * The quiz's counter: "Hop 2 of 3" while the request travels ("Before the load balancer:
 * not a hop" on the client's leg), the answer in big type at the last request leg
 * ("3 hops" and the outcome), and "Reply" on the way back.
 * @param props - See {@link HopCounterProps}.
 * @returns The counter.
 */
export function HopCounter({ trace, step, className }: HopCounterProps) {
  const status = hopStatus(trace, step);
  const { value, detail } = read(status, trace);
  const root = `pw-hopcount pw-hopcount--${status.kind}${className ? ` ${className}` : ''}`;
  return (
    <section className={root} aria-label="Hop counter">
      <p className="pw-hopcount__label">
        {status.kind === 'answer' ? 'The answer' : 'Hops from the load balancer'}
        {trace.model === 'naive' ? <span className="pw-hopcount__model">Naive picture</span> : null}
      </p>
      <p className="pw-hopcount__value">{value}</p>
      <p className="pw-hopcount__detail">{detail}</p>
    </section>
  );
}
