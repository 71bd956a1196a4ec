import { type MotionValue, m, useTransform } from 'motion/react';
import type { ReactNode } from 'react';
import { fitFontSize, type PacketRow as RowGeometry, strikeLine } from '../geometry/packetCard';
import type { FieldChange } from '../packetFields';
import { newValueOpacity, oldValueOpacity, strikeAt, swapShift, valueShift } from '../phases';

/** Props of {@link PacketRow}. */
export interface PacketRowProps {
  /** Which packet field the row shows. */
  field: 'src' | 'dst';
  /** The value on this leg. */
  value: string;
  /** How a rewrite changed it before this leg, if it did. */
  change: FieldChange | undefined;
  /** The row's geometry in the packet card. */
  row: RowGeometry;
  /** Monospace size of the card. */
  fontSize: number;
  /** The rewrite phase, 0..1 (1 when the leg has none). */
  phase: MotionValue<number>;
  /** First reply leg: the value comes from the other row (`distance` units below: +, above: -). */
  swap?: { turn: MotionValue<number>; distance: number } | null;
}

/** The values of a row, moved from the other row while the packet turns around. */
function SwapGroup({
  swap,
  children,
}: {
  swap: { turn: MotionValue<number>; distance: number };
  children: ReactNode;
}) {
  const y = useTransform(swap.turn, (t) => swapShift(t).y * swap.distance);
  const scaleY = useTransform(swap.turn, (t) => swapShift(t).scaleY);
  const opacity = useTransform(swap.turn, (t) => swapShift(t).opacity);
  return (
    <m.g data-swap={swap.distance > 0 ? 'up' : 'down'} style={{ y, scaleY, opacity }}>
      {children}
    </m.g>
  );
}

/**
 * One line of the packet card. A changed field plays the rewrite moment: the old value is
 * struck through and fades out, the new one fades in, highlighted in the colour of the
 * translation (DNAT, SNAT, proxy) on a tinted band, so colour is never the only signal.
 * @param props - {@link PacketRowProps}
 */
export function PacketRow(props: PacketRowProps) {
  const { field, value, change, row, fontSize, phase, swap } = props;
  const strike = useTransform(phase, strikeAt);
  const oldOpacity = useTransform(phase, oldValueOpacity);
  const newOpacity = useTransform(phase, newValueOpacity);
  const rowHeight = row.band.height;
  const oldY = useTransform(phase, (v) => valueShift(v).old * rowHeight);
  const newY = useTransform(phase, (v) => valueShift(v).new * rowHeight);
  const kind = change?.kind.toLowerCase();
  const text = (value: string) => ({
    x: row.valueX,
    y: row.baseline,
    fontSize: fitFontSize(row, value, fontSize),
  });
  const wrap = (values: ReactNode) => (swap ? <SwapGroup swap={swap}>{values}</SwapGroup> : values);
  return (
    <g className="pw-packet-row" data-field={field} data-changed={change?.kind}>
      {change ? (
        <m.rect
          className={`pw-packet-band pw-packet-band--${kind}`}
          {...row.band}
          rx={3}
          style={{ opacity: newOpacity }}
        />
      ) : null}
      <text className="pw-packet-label" x={row.labelX} y={row.baseline} fontSize={fontSize}>
        {field}
      </text>
      {wrap(
        change ? (
          <>
            <m.g data-value="old" style={{ opacity: oldOpacity, y: oldY }}>
              <text className="pw-packet-value pw-packet-value--old" {...text(change.before)}>
                {change.before}
              </text>
              <m.line
                className={`pw-strike pw-strike--${kind}`}
                {...strikeLine(row, change.before, fitFontSize(row, change.before, fontSize))}
                style={{ scaleX: strike, originX: 0 }}
              />
            </m.g>
            <m.text
              data-value="new"
              className={`pw-packet-value pw-packet-value--${kind}`}
              {...text(change.after)}
              style={{ opacity: newOpacity, y: newY }}
            >
              {change.after}
            </m.text>
          </>
        ) : (
          <text data-value="current" className="pw-packet-value" {...text(value)}>
            {value}
          </text>
        ),
      )}
    </g>
  );
}
