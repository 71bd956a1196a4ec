import { type MotionValue, m, useTransform } from 'motion/react';
import type { Layout } from '../../layout';
import type { Trace } from '../../sim';
import { inflate } from '../geometry/rects';
import { ringGap } from '../geometry/sizes';
import { pulseAt } from '../phases';
import { actorsOf } from '../state/stepMarks';
import { legTimelineAt, rewritePhase } from '../timeline';

/** Props of {@link ActorPulse}. */
export interface ActorPulseProps {
  /** The layout (`computeLayout`). */
  layout: Layout;
  /** The walk (`walk`), built for the same model as the layout. */
  trace: Trace;
  /** The step shown, 0..trace.steps.length. */
  step: number;
  /** Progress through leg `step`, 0..1 (1 = at rest). */
  progress: MotionValue<number>;
}

/**
 * A soft halo that beats twice around every entity that rewrites the packet, during the
 * leg's rewrite moment (the steady ring is the entity's own `data-active` style).
 * @param props - {@link ActorPulseProps}
 */
export function ActorPulse({ layout, trace, step, progress }: ActorPulseProps) {
  const timeline = legTimelineAt(trace, step);
  const opacity = useTransform(progress, (p) => pulseAt(rewritePhase(p, timeline)));
  const gap = ringGap(layout) * 2;
  const actors = actorsOf(trace, step).flatMap((id) => {
    const entity = layout.entities[id];
    return entity ? [{ id, box: inflate(entity, gap) }] : [];
  });
  if (actors.length === 0) return null;
  return (
    <m.g className="pw-pulses" style={{ opacity }} aria-hidden="true">
      {actors.map(({ id, box }) => (
        <rect key={id} className="pw-pulse" data-pulse={id} {...box} rx={gap * 2} />
      ))}
    </m.g>
  );
}
