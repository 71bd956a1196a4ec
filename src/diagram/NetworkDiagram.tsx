import { type MotionValue, motionValue } from 'motion/react';
import { useId, useLayoutEffect, useMemo, useState } from 'react';
import type { Layout, Route } from '../layout';
import type { Trace } from '../sim';
import { ActorPulse } from './overlay/ActorPulse';
import { EndMarker } from './overlay/EndMarker';
import { HopBadges } from './overlay/HopBadges';
import { RewriteCallouts } from './overlay/RewriteCallouts';
import { Trail } from './overlay/Trail';
import { PacketMarker } from './packet/PacketMarker';
import { createMarksStore, MarksContext } from './scene/marksStore';
import { StaticScene } from './scene/StaticScene';
import { describeStep } from './state/describeStep';
import { hopBadgeSpecs } from './state/hopBadges';
import { stepMarks } from './state/stepMarks';
import './diagram.css';

/** Props of {@link NetworkDiagram}. */
export interface NetworkDiagramProps {
  /** `computeLayout(scenario, { width: 1600, aspect, model, minFontSize })`; its `viewBox` is shown. */
  layout: Layout;
  /** `walk(scenario, { model, reply })`, built for the same model as the layout. */
  trace: Trace;
  /** `computeRoutes(layout, trace)`: `routes[i]` belongs to `trace.steps[i]`. */
  routes: Route[];
  /** 0..trace.steps.length; 0 = the packet waits at the client. */
  step: number;
  /** 0..1 within leg `step` (1 = at rest); only motion values derived from it change per frame. */
  progress: MotionValue<number>;
  /** Nothing travels: steps change in place, nothing pulses. @default false */
  reducedMotion?: boolean;
  /** Extra CSS class on the `<svg>`. */
  className?: string;
  /** Accessible name of the diagram. @default `Packet path: <scenario>` */
  title?: string;
}

function clampStep(step: number, count: number): number {
  return Number.isFinite(step) ? Math.max(0, Math.min(count, Math.floor(step))) : 0;
}

/**
 * The animated network path: the cluster drawn from the layout, the trail of the legs so far,
 * hop badges, the entities that rewrote the packet lit up, and the packet itself, moved along
 * the current leg by `progress`. Data in, SVG out; wrap it in `<LazyMotion>`.
 * @param props - {@link NetworkDiagramProps}
 * @example
 * const progress = useMotionValue(1);
 * <LazyMotion features={domAnimation} strict>
 *   <NetworkDiagram layout={layout} trace={trace} routes={routes} step={2} progress={progress} />
 * </LazyMotion>
 */
export function NetworkDiagram(props: NetworkDiagramProps) {
  const { layout, trace, routes, reducedMotion = false, className, title } = props;
  const step = clampStep(props.step, trace.steps.length);
  const [still] = useState(() => motionValue(1));
  const progress = reducedMotion ? still : props.progress;
  const marks = useMemo(() => stepMarks(layout, trace, step), [layout, trace, step]);
  const [store] = useState(() => createMarksStore(marks));
  useLayoutEffect(() => store.set(marks), [store, marks]);
  // Placed once per layout and shared: the badges themselves, and the notes keep clear of them.
  const badges = useMemo(() => hopBadgeSpecs(layout, trace, routes), [layout, trace, routes]);
  const id = useId();
  const summary = describeStep(trace, step);
  const classes = ['pw-diagram', reducedMotion ? 'pw-diagram--still' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  const layer = { layout, trace, step, progress };
  const vb = layout.viewBox;
  return (
    <svg
      className={classes}
      viewBox={`${vb.x} ${vb.y} ${vb.width} ${vb.height}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-step={step}
      data-model={trace.model}
    >
      <title id={`${id}-title`}>{title ?? `Packet path: ${trace.scenario}`}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      <MarksContext.Provider value={store}>
        <StaticScene layout={layout} />
      </MarksContext.Provider>
      <Trail {...layer} routes={routes} />
      {reducedMotion ? null : <ActorPulse {...layer} />}
      <EndMarker {...layer} />
      <HopBadges {...layer} routes={routes} badges={badges} />
      <RewriteCallouts {...layer} routes={routes} badges={badges} />
      <PacketMarker {...layer} routes={routes} />
    </svg>
  );
}
