import { type MotionValue, useTransform } from 'motion/react';
import { useMemo } from 'react';
import type { Layout, Route } from '../../layout';
import type { Trace } from '../../sim';
import { departedAt } from '../phases';
import { type HopBadgeSpec, hopBadgeSpecs, hopTags } from '../state/hopBadges';
import { legTimelineAt } from '../timeline';
import { HopBadge } from './HopBadge';

/** Props of {@link HopBadges}. */
export interface HopBadgesProps {
  /** The layout (`computeLayout`). */
  layout: Layout;
  /** The walk (`walk`), built for the same model as the layout. */
  trace: Trace;
  /** `computeRoutes(layout, trace)`: `routes[i]` belongs to `trace.steps[i]`. */
  routes: Route[];
  /** Badges of legs 1..step are shown; leg `step`'s fades in as the packet leaves. */
  step: number;
  /** Progress through leg `step`, 0..1 (1 = at rest). */
  progress: MotionValue<number>;
  /** `hopBadgeSpecs(layout, trace, routes)`, when the caller has them (computed here otherwise). */
  badges?: HopBadgeSpec[];
}

/**
 * The numbered hop badges of the counted legs that have started.
 * @param props - {@link HopBadgesProps}
 */
export function HopBadges({ layout, trace, routes, step, progress, badges }: HopBadgesProps) {
  const specs = useMemo(
    () => badges ?? hopBadgeSpecs(layout, trace, routes),
    [badges, layout, trace, routes],
  );
  const tags = useMemo(() => hopTags(layout, specs), [layout, specs]);
  const timeline = legTimelineAt(trace, step);
  const departing = useTransform(progress, (p) => departedAt(p, timeline));
  return (
    <g className="pw-hops">
      {specs.map((spec, i) =>
        spec.step <= step ? (
          <HopBadge
            key={spec.step}
            spec={spec}
            tag={tags[i] ?? null}
            opacity={spec.step === step ? departing : 1}
          />
        ) : null,
      )}
    </g>
  );
}
