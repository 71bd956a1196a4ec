import type { MotionValue } from 'motion/react';
import { NetworkDiagram } from '../../src/diagram';
import type { Walked } from './scenarios';

/** Props of {@link DiagramFrame}. */
export interface DiagramFrameProps {
  /** The scenario, its trace, layout and routes (see `walked`). */
  walked: Walked;
  /** 0..steps; already clamped to the trace. */
  step: number;
  /** 0..1 within the leg (1 = at rest). */
  progress: MotionValue<number>;
  /** Nothing travels. @default false */
  reducedMotion?: boolean;
  /** Accessible name of the diagram. @default the scenario's title */
  title?: string;
}

/**
 * The diagram on its surface, filling the space it gets (the app's DiagramArea, without
 * the lazy features: the preview's LazyMotion has them loaded before the first render).
 * @param props - See {@link DiagramFrameProps}.
 * @returns The framed diagram.
 */
export function DiagramFrame({ walked, step, progress, reducedMotion, title }: DiagramFrameProps) {
  return (
    <div className="pw-story-diagram">
      <NetworkDiagram
        layout={walked.layout}
        trace={walked.trace}
        routes={walked.routes}
        step={step}
        progress={progress}
        reducedMotion={reducedMotion}
        title={title ?? walked.scenario.metadata.title}
      />
    </div>
  );
}
