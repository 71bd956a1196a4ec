import { type MotionValue, m, useTransform } from 'motion/react';
import { REPLY_DASH, type TrailPath, trailDash } from '../geometry/trails';
import { type LegTimeline, travelT } from '../timeline';

/** Props of {@link GrowingTrail}. */
export interface GrowingTrailProps {
  /** The trail (the route, offset beside it) and its length. */
  trail: TrailPath;
  /** Request legs are solid, reply legs dashed. */
  direction: 'request' | 'reply';
  /** Stroke width. */
  width: number;
  /** The current leg's progress and timeline: the trail follows the packet. */
  progress: MotionValue<number>;
  /** The leg's timeline (rewrite phase, then travel). */
  timeline: LegTimeline;
}

/**
 * The current leg's trail, drawn up to the packet by a `stroke-dasharray` derived from the
 * leg's progress (dashed for a reply, with the dashes anchored at the start).
 * @param props - {@link GrowingTrailProps}
 */
export function GrowingTrail({ trail, direction, width, progress, timeline }: GrowingTrailProps) {
  const pattern = direction === 'reply' ? REPLY_DASH : undefined;
  const dash = useTransform(progress, (p) =>
    trailDash(trail.length, travelT(p, timeline), pattern),
  );
  return (
    <m.path
      className={`pw-trail pw-trail--${direction}`}
      data-trail="current"
      d={trail.d}
      strokeWidth={width}
      strokeDasharray={dash}
    />
  );
}
