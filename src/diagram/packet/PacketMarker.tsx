import { type MotionValue, m, useTransform } from 'motion/react';
import { useMemo } from 'react';
import { type Layout, pointAlong, type Route } from '../../layout';
import type { Trace } from '../../sim';
import { packetCard } from '../geometry/packetCard';
import { packetFieldsAt } from '../packetFields';
import { turnaroundAt } from '../phases';
import { legTimelineAt, rewritePhase, travelT } from '../timeline';
import { PacketRow } from './PacketRow';

/** Props of {@link PacketMarker}. */
export interface PacketMarkerProps {
  /** The layout (`computeLayout`). */
  layout: Layout;
  /** The walk (`walk`), built for the same model as the layout. */
  trace: Trace;
  /** `computeRoutes(layout, trace)`: `routes[i]` belongs to `trace.steps[i]`. */
  routes: Route[];
  /** 0: waiting at the client; N: on (or at the end of) leg N. */
  step: number;
  /** Progress through leg `step`; only motion values derived from it change per frame. */
  progress: MotionValue<number>;
}

/**
 * The packet: an envelope card with its `src` and `dst`, moved along the current leg's route
 * by a transform derived from `progress` (no React render per frame). On the first reply leg
 * it first turns around (src and dst swap rows), then it waits at `from` while the leg's
 * rewrites play, then travels, eased, to rest at `to`.
 * @param props - {@link PacketMarkerProps}
 */
export function PacketMarker({ layout, trace, routes, step, progress }: PacketMarkerProps) {
  const leg = trace.steps[step - 1];
  const route = step > 0 ? routes[step - 1] : undefined;
  const timeline = legTimelineAt(trace, step);
  const home = layout.entities.client?.rest ?? routes[0]?.points[0] ?? { x: 0, y: 0 };
  const point = useTransform(progress, (p) =>
    route ? pointAlong(route, travelT(p, timeline)) : home,
  );
  const x = useTransform(point, (q) => q.x);
  const y = useTransform(point, (q) => q.y);
  const dataX = useTransform(point, (q) => String(Math.round(q.x)));
  const dataY = useTransform(point, (q) => String(Math.round(q.y)));
  // `data-at` names the entity the packet rests at, and is empty while it is on its way:
  // end-to-end checks and the benchmarks wait on it instead of on timings.
  const restingAt = step > 0 ? (leg?.to ?? '') : 'client';
  const dataAt = useTransform(progress, (p) => (p >= 1 ? restingAt : ''));
  const phase = useTransform(progress, (p) => rewritePhase(p, timeline));
  const turn = useTransform(progress, (p) => turnaroundAt(p, timeline));
  const fields = useMemo(() => packetFieldsAt(trace, step), [trace, step]);
  const card = useMemo(() => packetCard(layout.packet), [layout.packet]);
  const direction = leg?.direction ?? 'request';
  const turns = timeline.turnEnd > 0;
  const rowGap = card.rows.dst.baseline - card.rows.src.baseline;
  const swap = (sign: 1 | -1) => (turns ? { turn, distance: sign * rowGap } : null);
  return (
    <m.g
      className={`pw-packet pw-packet--${direction}`}
      data-entity="packet"
      data-step={step}
      data-direction={direction}
      data-turnaround={turns ? 'true' : undefined}
      data-x={dataX}
      data-y={dataY}
      data-at={dataAt}
      style={{ x, y }}
    >
      <rect
        className="pw-packet-shadow"
        x={card.x + 1}
        y={card.y + 3}
        width={card.width}
        height={card.height}
        rx={card.radius}
      />
      <rect
        className="pw-packet-card"
        x={card.x}
        y={card.y}
        width={card.width}
        height={card.height}
        rx={card.radius}
      />
      <rect className="pw-packet-strip" {...card.strip} rx={card.strip.width / 2} />
      <PacketRow
        field="src"
        value={fields.src}
        change={fields.changed.src}
        row={card.rows.src}
        fontSize={card.fontSize}
        phase={phase}
        swap={swap(1)}
      />
      <PacketRow
        field="dst"
        value={fields.dst}
        change={fields.changed.dst}
        row={card.rows.dst}
        fontSize={card.fontSize}
        phase={phase}
        swap={swap(-1)}
      />
    </m.g>
  );
}
