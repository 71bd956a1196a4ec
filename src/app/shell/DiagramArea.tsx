import './DiagramArea.css';
import { LazyMotion } from 'motion/react';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { NetworkDiagram } from '../../diagram';
import { computeLayout, computeRoutes, type LayoutOptions } from '../../layout';
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
  /** `framed` (the page: surface, border) or `bare` (talk, presenter, embed). @default 'framed' */
  variant?: 'framed' | 'bare';
  /** Talk mode: the screen's shape and big type (`aspect`, `minFontSize`, `strictMinFont`). */
  fit?: TalkFit;
}

/** What talk mode asks of the layout. */
export type TalkFit = Required<Pick<LayoutOptions, 'aspect' | 'minFontSize'>> &
  Pick<LayoutOptions, 'strictMinFont'>;

/** The reference canvas of the layout; the SVG scales it to the space it gets. */
const CANVAS = { width: 1600, height: 900 } as const;

// framer-motion's features arrive after first paint, in their own chunk.
const loadMotionFeatures = () => import('../motionFeatures').then((m) => m.default);

// The framed page's shape (width / height, up to the next 0.05), so the layout can use its height.
function useAspect(ref: RefObject<HTMLDivElement | null>, enabled: boolean): number | undefined {
  const [aspect, setAspect] = useState<number>();
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const { width = 0, height = 0 } = entry?.contentRect ?? {};
      // Rounded up: the viewBox is then at most as tall as the page, never height-bound.
      if (width >= 16 && height >= 16) setAspect(Math.ceil((width / height) * 20) / 20);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return aspect;
}

function DiagramView(props: DiagramAreaProps & { pageAspect?: number }) {
  const { scenario, trace, step, store, reducedMotion, fit, pageAspect } = props;
  const aspect = fit?.aspect ?? pageAspect;
  const minFontSize = fit?.minFontSize;
  const strictMinFont = fit?.strictMinFont;
  const layout = useMemo(() => {
    const big = aspect === undefined ? {} : { aspect, minFontSize, strictMinFont };
    return computeLayout(scenario, { ...CANVAS, model: trace.model, ...big });
  }, [scenario, trace.model, aspect, minFontSize, strictMinFont]);
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
 * The diagram's place on the page: lays the scenario out (in talk mode shaped like the
 * screen, with big type), bridges the player's progress into a MotionValue, loads framer-motion's
 * features lazily and keeps a diagram failure local.
 * @param props - See {@link DiagramAreaProps}.
 * @returns The diagram region.
 */
export function DiagramArea({ variant = 'framed', ...props }: DiagramAreaProps) {
  const fit = props.fit;
  const frame = useRef<HTMLDivElement>(null);
  const pageAspect = useAspect(frame, fit === undefined);
  const className =
    variant === 'bare' ? 'pw-diagram-area pw-diagram-area--bare' : 'pw-diagram-area';
  // Remounted when the layout's shape changes: the packet's position is derived from
  // `progress` and would keep the old layout's coordinates until the next step.
  return (
    <div className={className} ref={frame}>
      <DiagramBoundary resetKey={props.trace}>
        <LazyMotion features={loadMotionFeatures} strict>
          <DiagramView
            key={fit ? `${fit.aspect}:${fit.minFontSize}` : `page:${pageAspect}`}
            {...props}
            pageAspect={pageAspect}
          />
        </LazyMotion>
      </DiagramBoundary>
    </div>
  );
}
