/**
 * The words the talk screens put on a step (pure): where the packet goes, which hop it is,
 * the packet's addresses. Shared by the talk caption, the presenter view and the embed.
 */
import { formatHops, hopStatus, isOutcomeStep, legAt } from '../panels';
import type { Step, Trace } from '../sim';

/**
 * The step's heading.
 * @param trace - the walk
 * @param step - the player step
 * @returns "Start: the packet waits at the client", or "Step 3 of 4: node-3 → pod (reply)"
 */
export function stepHeadline(trace: Trace, step: number): string {
  const leg = legAt(trace, step);
  const route = stepRoute(trace, step);
  return leg === undefined ? route : `Step ${leg.index} of ${trace.steps.length}: ${route}`;
}

/**
 * The heading without its "Step 3 of 4: " (for a place that shows the position already).
 * @param trace - the walk
 * @param step - the player step
 * @returns "Start: the packet waits at the client", or "node-3 → pod (reply)"
 */
export function stepRoute(trace: Trace, step: number): string {
  const leg = legAt(trace, step);
  if (leg === undefined) return 'Start: the packet waits at the client';
  const reply = leg.direction === 'reply' ? ' (reply)' : '';
  return `${leg.from} → ${leg.to}${reply}`;
}

/**
 * The hop counter in a few words.
 * @param trace - the walk
 * @param step - the player step
 * @returns "Hop 2 of 3", "Not a hop: before the load balancer", "3 hops in all", "Reply 1 of 4", or null at the start
 */
export function hopLabel(trace: Trace, step: number): string | null {
  const status = hopStatus(trace, step);
  switch (status.kind) {
    case 'start':
      return null;
    case 'before-lb':
      return 'Not a hop: before the load balancer';
    case 'hop':
      return `Hop ${status.hop} of ${status.total}`;
    case 'answer':
      return status.hop === undefined
        ? `${formatHops(status.hops)} in all`
        : `Hop ${status.hop}: ${formatHops(status.hops)} in all`;
    case 'reply':
      return `Reply ${status.leg} of ${status.legs}`;
  }
}

/**
 * The packet on screen: the current leg's, or at step 0 the one about to leave the client.
 * @param trace - the walk
 * @param step - the player step
 * @returns its `src` and `dst` (`ip:port`), or null for a walk without legs
 */
export function packetAt(trace: Trace, step: number): Step['packet'] | null {
  return (legAt(trace, step) ?? trace.steps[0])?.packet ?? null;
}

/**
 * The outcome sentence, shown from the step where the walk's fate is known.
 * @param trace - the walk
 * @param step - the player step
 * @returns e.g. "delivered to red-2", on the last request leg only; else null
 */
export function outcomeAt(trace: Trace, step: number): string | null {
  return isOutcomeStep(trace, step) ? trace.outcome : null;
}
