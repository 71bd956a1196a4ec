import type { MotionValue } from 'motion/react';
import { useMemo } from 'react';
import type { Layout, Route } from '../../layout';
import type { Trace } from '../../sim';
import { REPLY_DASH, trailPaths, trailStyle } from '../geometry/trails';
import { legTimelineAt } from '../timeline';
import { GrowingTrail } from './GrowingTrail';

/** Props of {@link Trail}. */
export interface TrailProps {
  /** The layout (`computeLayout`). */
  layout: Layout;
  /** The walk (`walk`), built for the same model as the layout. */
  trace: Trace;
  /** `computeRoutes(layout, trace)`: `routes[i]` belongs to `trace.steps[i]`. */
  routes: Route[];
  /** Legs 1..step are drawn; leg `step` grows with `progress`. */
  step: number;
  /** Progress through leg `step`, 0..1 (1 = at rest). */
  progress: MotionValue<number>;
}

/**
 * The way the packet came: legs 1..step, request legs in the trail colour, reply legs dashed
 * in the reply colour, each beside its route on the right-hand side of travel. Earlier legs
 * are quieter than the current one.
 * @param props - {@link TrailProps}
 */
export function Trail({ layout, trace, routes, step, progress }: TrailProps) {
  const style = trailStyle(layout);
  const paths = useMemo(() => trailPaths(routes, style.offset), [routes, style.offset]);
  return (
    <g className="pw-trails">
      {trace.steps.slice(0, step).map((leg, i) => {
        const trail = paths[i] ?? { d: '', length: 0 };
        if (i < step - 1) {
          return (
            <path
              key={leg.index}
              className={`pw-trail pw-trail--${leg.direction} pw-trail--past`}
              d={trail.d}
              strokeWidth={style.width}
              strokeDasharray={leg.direction === 'reply' ? REPLY_DASH.join(' ') : undefined}
              data-trail="past"
            />
          );
        }
        return (
          <GrowingTrail
            key={leg.index}
            trail={trail}
            direction={leg.direction}
            width={style.width}
            progress={progress}
            timeline={legTimelineAt(trace, step)}
          />
        );
      })}
    </g>
  );
}
