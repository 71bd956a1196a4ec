import { type MotionValue, m } from 'motion/react';
import type { Rect } from '../../layout';
import type { CalloutShape } from '../geometry/callout';
import type { RewriteNote } from '../state/rewriteNotes';

/** Props of {@link RewriteCallout}. */
export interface RewriteCalloutProps {
  /** The rewrites one entity made. */
  note: RewriteNote;
  /** Its contents, laid out at the origin. */
  shape: CalloutShape;
  /** Where it is placed. */
  box: Rect;
  /** Fades in with the rewrite moment. */
  opacity: MotionValue<number> | number;
}

/**
 * A NAT event, drawn on the entity that made it (DOMAIN.md §10): who rewrote, and per field
 * the old value struck through and the new one, in the colour of the translation and with
 * its name, so the before and after stay readable while the step is shown.
 * @param props - {@link RewriteCalloutProps}
 */
export function RewriteCallout({ note, shape, box, opacity }: RewriteCalloutProps) {
  const mono = shape.monoSize;
  return (
    <g transform={`translate(${box.x} ${box.y})`}>
      <m.g className="pw-callout" data-callout={note.at} style={{ opacity }}>
        <rect className="pw-callout-box" width={shape.width} height={shape.height} rx={8} />
        <text
          className="pw-callout-heading"
          x={shape.heading.x}
          y={shape.heading.y}
          fontSize={shape.heading.fontSize}
        >
          {shape.heading.text}
        </text>
        {note.rows.map((row, i) => {
          const g = shape.rows[i];
          if (!g) return null;
          const kind = row.kind.toLowerCase();
          return (
            <g
              key={`${row.field}:${row.kind}:${row.before}`}
              data-field={row.field}
              data-kind={row.kind}
            >
              <rect
                className={`pw-callout-pill pw-callout-pill--${kind}`}
                {...g.pill}
                rx={g.pill.height / 2}
              />
              <text
                className="pw-callout-pill-text"
                x={g.pillText.x}
                y={g.pillText.y}
                fontSize={shape.pillSize}
                textAnchor="middle"
              >
                {row.kind}
              </text>
              <text className="pw-callout-field" x={g.fieldX} y={g.oldY} fontSize={mono}>
                {row.field}
              </text>
              <text
                className="pw-callout-old"
                data-value="old"
                x={g.valueX}
                y={g.oldY}
                fontSize={mono}
              >
                {row.before}
              </text>
              <line className={`pw-strike pw-strike--${kind}`} {...g.strike} />
              <text className="pw-callout-field" x={g.fieldX} y={g.newY} fontSize={mono}>
                →
              </text>
              <text
                className={`pw-callout-new pw-callout-new--${kind}`}
                data-value="new"
                x={g.valueX}
                y={g.newY}
                fontSize={mono}
              >
                {row.after}
              </text>
            </g>
          );
        })}
      </m.g>
    </g>
  );
}
