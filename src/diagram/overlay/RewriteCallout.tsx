import { type MotionValue, m } from 'motion/react';
import type { Rect } from '../../layout';
import type { CalloutShape } from '../geometry/callout';
import type { CalloutPlace } from '../geometry/calloutPlacement';
import { noteHeading, type RewriteNote } from '../state/rewriteNotes';

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
  /** A line to the acting entity when the callout sits away from it. */
  leader?: CalloutPlace['leader'];
}

/**
 * A NAT event, drawn on the entity that made it (DOMAIN.md §10): who rewrote, and per field
 * the old value struck through and the new one, in the colour of the translation and with
 * its name, so the before and after stay readable while the step is shown.
 * @param props - {@link RewriteCalloutProps}
 */
export function RewriteCallout({ note, shape, box, leader, opacity }: RewriteCalloutProps) {
  const mono = shape.monoSize;
  const { heading } = shape;
  return (
    <g>
      {leader ? <m.line className="pw-callout-leader" {...leader} style={{ opacity }} /> : null}
      <g transform={`translate(${box.x} ${box.y})`}>
        <m.g
          className={`pw-callout pw-callout--${shape.form}`}
          data-callout={note.at}
          style={{ opacity }}
        >
          <rect className="pw-callout-box" width={shape.width} height={shape.height} rx={8} />
          {heading ? (
            <text
              className="pw-callout-heading"
              x={heading.x}
              y={heading.y}
              fontSize={heading.fontSize}
            >
              {heading.text !== heading.full ? <title>{heading.full}</title> : null}
              {heading.text}
            </text>
          ) : (
            <title>{noteHeading(note)}</title>
          )}
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
                <text className="pw-callout-field" {...g.field} fontSize={mono}>
                  {row.field}
                </text>
                <text className="pw-callout-old" data-value="old" {...g.old} fontSize={mono}>
                  {row.before}
                </text>
                <line className={`pw-strike pw-strike--${kind}`} {...g.strike} />
                <text className="pw-callout-field" {...g.arrow} fontSize={mono}>
                  →
                </text>
                <text
                  className={`pw-callout-new pw-callout-new--${kind}`}
                  data-value="new"
                  {...g.new}
                  fontSize={mono}
                >
                  {row.after}
                </text>
              </g>
            );
          })}
        </m.g>
      </g>
    </g>
  );
}
