import { type MotionValue, m, useTransform } from 'motion/react';
import { useMemo } from 'react';
import type { Layout } from '../../layout';
import type { Trace } from '../../sim';
import { centredRect, inflate } from '../geometry/rects';
import { ringGap, tagFontSize } from '../geometry/sizes';
import { placeTag } from '../geometry/tagPlacement';
import { arrivedAt } from '../phases';
import { endMark } from '../state/endMark';
import { legTimelineAt } from '../timeline';

/** Props of {@link EndMarker}. */
export interface EndMarkerProps {
  /** The layout (`computeLayout`). */
  layout: Layout;
  /** The walk (`walk`), built for the same model as the layout. */
  trace: Trace;
  /** The step shown, 0..trace.steps.length. */
  step: number;
  /** Progress through leg `step`, 0..1 (1 = at rest). */
  progress: MotionValue<number>;
}

const SYMBOL: Record<string, string> = { delivered: '✓ ', dropped: '✕ ', rejected: '✕ ' };

/**
 * How the walk ended, shown once the packet gets there: the pod that got the request glows
 * (`delivered`), the controller that answered shows `HTTP 404`/`HTTP 503`, or a `✕ dropped`
 * marker sits beside the packet where it was dropped or rejected.
 * @param props - {@link EndMarkerProps}
 */
export function EndMarker({ layout, trace, step, progress }: EndMarkerProps) {
  const mark = useMemo(() => endMark(trace), [trace]);
  const timeline = legTimelineAt(trace, step);
  const arriving = useTransform(progress, (p) => arrivedAt(p, timeline));
  const geometry = useMemo(() => {
    const entity = mark ? layout.entities[mark.at] : undefined;
    if (!mark || !entity) return null;
    const text = `${SYMBOL[mark.kind] ?? ''}${mark.label}`;
    const font = tagFontSize(layout);
    const lost = mark.kind === 'dropped' || mark.kind === 'rejected';
    const packet = centredRect(entity.rest, layout.packet.width, layout.packet.height);
    const anchor = lost ? packet : entity;
    const sides = lost
      ? (['right', 'left', 'below'] as const)
      : (['below', 'right', 'left'] as const);
    const tag = placeTag(anchor, text, font, layout, {
      sides: [...sides],
      avoid: [packet],
      ignore: entity,
    });
    return { text, tag, ring: lost ? null : inflate(entity, ringGap(layout) * 2) };
  }, [layout, mark]);
  if (!mark || !geometry || step < mark.step) return null;
  const { text, tag, ring } = geometry;
  return (
    <m.g
      className={`pw-end pw-end--${mark.kind}`}
      data-end={mark.kind}
      data-at={mark.at}
      style={{ opacity: step > mark.step ? 1 : arriving }}
    >
      {ring ? <rect className="pw-end-ring" {...ring} rx={ringGap(layout) * 3} /> : null}
      <rect
        className="pw-end-tag"
        x={tag.x}
        y={tag.y}
        width={tag.width}
        height={tag.height}
        rx={tag.height / 2}
      />
      <text
        className="pw-end-text"
        x={tag.textX}
        y={tag.baseline}
        fontSize={tag.fontSize}
        textAnchor="middle"
      >
        {text}
      </text>
    </m.g>
  );
}
