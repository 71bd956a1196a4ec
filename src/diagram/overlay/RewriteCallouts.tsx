import { type MotionValue, useTransform } from 'motion/react';
import { useMemo } from 'react';
import type { Layout, Route } from '../../layout';
import type { Trace } from '../../sim';
import { placeNotes } from '../geometry/notePlacement';
import { strikeAt } from '../phases';
import { type HopBadgeSpec, hopBadgeSpecs } from '../state/hopBadges';
import { legTimelineAt, rewritePhase } from '../timeline';
import { RewriteCallout } from './RewriteCallout';

/** Props of {@link RewriteCallouts}. */
export interface RewriteCalloutsProps {
  /** The layout (`computeLayout`). */
  layout: Layout;
  /** The walk (`walk`), built for the same model as the layout. */
  trace: Trace;
  /** `computeRoutes(layout, trace)`: the hop badges on them are kept clear. */
  routes: Route[];
  /** The step shown, 0..trace.steps.length. */
  step: number;
  /** Progress through leg `step`, 0..1 (1 = at rest). */
  progress: MotionValue<number>;
  /** `hopBadgeSpecs(layout, trace, routes)`, when the caller has them (computed here otherwise). */
  badges?: HopBadgeSpec[];
}

/**
 * The step's NAT events, one callout per acting entity, placed on (or beside) it and clear of
 * where the packet waits and lands and of the hop badges. They appear as the rewrite moment
 * begins.
 * @param props - {@link RewriteCalloutsProps}
 */
export function RewriteCallouts(props: RewriteCalloutsProps) {
  const { layout, trace, routes, step, progress, badges } = props;
  // The badges depend on the layout only: placing the notes of a new step must not redo them.
  const specs = useMemo(
    () => badges ?? hopBadgeSpecs(layout, trace, routes),
    [badges, layout, trace, routes],
  );
  const placed = useMemo(
    () => placeNotes(layout, trace, routes, step, specs),
    [layout, trace, routes, step, specs],
  );
  const timeline = legTimelineAt(trace, step);
  const opacity = useTransform(progress, (p) => strikeAt(rewritePhase(p, timeline)));
  return (
    <g className="pw-callouts">
      {placed.map(({ note, shape, box, leader }) => (
        <RewriteCallout
          key={note.at}
          note={note}
          shape={shape}
          box={box}
          leader={leader}
          opacity={opacity}
        />
      ))}
    </g>
  );
}
