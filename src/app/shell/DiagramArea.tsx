import './DiagramArea.css';
import { LazyMotion } from 'motion/react';
import { useMemo } from 'react';
import { NetworkDiagram } from '../../diagram';
import { computeLayout, computeRoutes } from '../../layout';
import type { Scenario } from '../../model';
import type { PlayerStore } from '../../player';
import type { Trace } from '../../sim';
import { DiagramBoundary } from './DiagramBoundary';
import { useProgressValue } from './useProgressValue';

/** Props of {@link DiagramArea}. */
export interface DiagramAreaProps {
  /** The scenario shown. */
  scenario: Scenario;
  /** Its walk, for the same model. */
  trace: Trace;
  /** The player step. */
  step: number;
  /** The player store (the per-frame progress comes from it, outside React). */
  store: PlayerStore;
  /** Nothing travels. */
  reducedMotion: boolean;
}

/** The reference canvas of the layout; the SVG scales it to the space it gets. */
const CANVAS = { width: 1600, height: 900 } as const;

// framer-motion's features arrive after first paint, in their own chunk.
const loadMotionFeatures = () => import('../motionFeatures').then((m) => m.default);

function DiagramView({ scenario, trace, step, store, reducedMotion }: DiagramAreaProps) {
  const layout = useMemo(
    () => computeLayout(scenario, { ...CANVAS, model: trace.model }),
    [scenario, trace.model],
  );
  const routes = useMemo(() => computeRoutes(layout, trace), [layout, trace]);
  const progress = useProgressValue(store);
  return (
    <NetworkDiagram
      layout={layout}
      routes={routes}
      trace={trace}
      step={step}
      progress={progress}
      reducedMotion={reducedMotion}
    />
  );
}

/**
 * The diagram's place on the page: lays the scenario out, bridges the player's progress into
 * a MotionValue, loads framer-motion's features lazily and keeps a diagram failure local.
 * @param props - See {@link DiagramAreaProps}.
 * @returns The diagram region.
 */
export function DiagramArea(props: DiagramAreaProps) {
  return (
    <div className="pw-diagram-area">
      <DiagramBoundary resetKey={props.trace}>
        <LazyMotion features={loadMotionFeatures} strict>
          <DiagramView {...props} />
        </LazyMotion>
      </DiagramBoundary>
    </div>
  );
}
