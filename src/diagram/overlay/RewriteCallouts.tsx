import { type MotionValue, useTransform } from 'motion/react';
import { useMemo } from 'react';
import type { Layout, Rect } from '../../layout';
import type { Trace } from '../../sim';
import { calloutShape } from '../geometry/callout';
import { placeCallout } from '../geometry/calloutPlacement';
import { centredRect } from '../geometry/rects';
import { strikeAt } from '../phases';
import { rewriteNotes } from '../state/rewriteNotes';
import { legTimeline, rewritePhase } from '../timeline';
import { RewriteCallout } from './RewriteCallout';

/** Props of {@link RewriteCallouts}. */
export interface RewriteCalloutsProps {
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
 * The step's NAT events, one callout per acting entity, placed on (or beside) it and clear of
 * where the packet waits and lands. They appear as the rewrite moment begins.
 * @param props - {@link RewriteCalloutsProps}
 */
export function RewriteCallouts({ layout, trace, step, progress }: RewriteCalloutsProps) {
  const placed = useMemo(() => {
    const leg = trace.steps[step - 1];
    const { width, height } = layout.packet;
    const avoid: Rect[] = [leg?.from, leg?.to].flatMap((id) => {
      const rest = id ? layout.entities[id]?.rest : undefined;
      return rest ? [centredRect(rest, width + 8, height + 8)] : [];
    });
    return rewriteNotes(trace, step).map((note) => {
      const shape = calloutShape(note, layout.fonts);
      const box = placeCallout(layout, note.at, shape, avoid);
      avoid.push(box);
      return { note, shape, box };
    });
  }, [layout, trace, step]);
  const timeline = legTimeline(trace.steps[step - 1]);
  const opacity = useTransform(progress, (p) => strikeAt(rewritePhase(p, timeline)));
  return (
    <g className="pw-callouts">
      {placed.map(({ note, shape, box }) => (
        <RewriteCallout key={note.at} note={note} shape={shape} box={box} opacity={opacity} />
      ))}
    </g>
  );
}
