import '../../src/diagram/diagram.css';
import { type ReactNode, useId, useLayoutEffect, useMemo, useState } from 'react';
import { stepMarks } from '../../src/diagram';
import { createMarksStore, MarksContext } from '../../src/diagram/scene/marksStore';
import { StaticScene } from '../../src/diagram/scene/StaticScene';
import type { Rect } from '../../src/layout';
import { StoryFrame } from './StoryFrame';
import type { Walked } from './scenarios';

/** Props of {@link DiagramPart}. */
export interface DiagramPartProps {
  /** The scenario, its trace, layout and routes. */
  walked: Walked;
  /** The step shown (already clamped): its marks light the scene and the glyphs. */
  step: number;
  /** The part of the canvas shown (the `<svg>`'s viewBox), in layout units. */
  view: Rect;
  /** Draw the static scene (wiring, nodes, pods, cards) under the part, for context. */
  scene: boolean;
  /** Accessible name of the drawing. */
  title: string;
  /** Frame width in CSS pixels. */
  width: number;
  /** Frame height in CSS pixels. */
  height: number;
  /** The part, in layout coordinates. */
  children: ReactNode;
}

/**
 * One part of the diagram on the diagram's surface: an `<svg class="pw-diagram">` whose
 * viewBox is cropped to `view`, with the step's marks (acting entity, destination, fired rule)
 * provided as NetworkDiagram provides them, and the static scene underneath when asked for.
 * @param props - See {@link DiagramPartProps}.
 * @returns The framed drawing.
 */
export function DiagramPart(props: DiagramPartProps) {
  const { walked, step, view, scene, title, width, height, children } = props;
  const { layout, trace } = walked;
  const marks = useMemo(() => stepMarks(layout, trace, step), [layout, trace, step]);
  const [store] = useState(() => createMarksStore(marks));
  useLayoutEffect(() => store.set(marks), [store, marks]);
  const id = useId();
  return (
    <StoryFrame width={width} height={height}>
      <div className="pw-story-diagram" style={{ height: '100%', boxSizing: 'border-box' }}>
        <svg
          className="pw-diagram pw-story-part"
          viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
          preserveAspectRatio="xMidYMid meet"
          role="img"
          aria-labelledby={`${id}-title`}
          data-step={step}
          data-model={trace.model}
        >
          <title id={`${id}-title`}>{title}</title>
          <MarksContext.Provider value={store}>
            {scene ? <StaticScene layout={layout} /> : null}
            {children}
          </MarksContext.Provider>
        </svg>
      </div>
    </StoryFrame>
  );
}
