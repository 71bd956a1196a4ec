/**
 * One frame of the diagram as markup: the app's own NetworkDiagram rendered with
 * `react-dom/server`, synchronously, with `progress` fixed for that frame. The same
 * components as on screen, so the file shows what the screen shows.
 */
import { domAnimation, LazyMotion, motionValue } from 'motion/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NetworkDiagram } from '../../diagram';
import type { Layout, Route } from '../../layout';
import type { Trace } from '../../sim';

/** What the diagram is drawn from, computed once per export. */
export interface DiagramScene {
  /** `computeLayout(scenario, { width, height, model: trace.model })`. */
  layout: Layout;
  /** `computeRoutes(layout, trace)`. */
  routes: Route[];
  /** The walk shown. */
  trace: Trace;
}

/**
 * Renders the diagram at one moment of the walk.
 * @param scene - layout, routes and trace
 * @param step - 0..trace.steps.length
 * @param progress - 0..1 through leg `step` (1 = at rest)
 * @returns the `<svg class="pw-diagram">…</svg>` markup (no XML namespace yet)
 */
export function renderDiagramMarkup(scene: DiagramScene, step: number, progress = 1): string {
  return renderToStaticMarkup(
    <LazyMotion features={domAnimation} strict>
      <NetworkDiagram
        layout={scene.layout}
        routes={scene.routes}
        trace={scene.trace}
        step={step}
        progress={motionValue(progress)}
      />
    </LazyMotion>,
    { identifierPrefix: 'pw-export-' },
  );
}
