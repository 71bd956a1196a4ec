import type { CardBox, FontSpec } from '../../layout';
import { naiveCaption } from '../geometry/caption';
import { inflate } from '../geometry/rects';
import { EntityGroup } from './EntityGroup';
import { SceneText } from './SceneText';

/** Props of {@link CardGlyph}. */
export interface CardGlyphProps {
  /** The client, the load balancer or (naive model) a Service box. */
  card: CardBox;
  /** Gap between the card and its highlight ring. */
  ringGap: number;
  /** Font of the naive caption. */
  captionFont: FontSpec;
  /** Top of the drawn area (the caption goes above the box when it fits below this). @default 0 */
  captionTop?: number;
}

const RADIUS = 10;

/**
 * A card of the top band. The naive model's Service box is dashed and captioned as what it
 * is not: a Service is a rewrite rule on every node, never a box on the wire (DOMAIN.md §2.3).
 * @param props - {@link CardGlyphProps}
 */
export function CardGlyph({ card, ringGap, captionFont, captionTop = 0 }: CardGlyphProps) {
  const ring = inflate(card, ringGap);
  const dashed = card.dashed ? ' pw-card--dashed' : '';
  return (
    <EntityGroup id={card.id} kind={card.kind}>
      <rect className="pw-ring" {...ring} rx={RADIUS + ringGap} />
      <rect
        className={`pw-card pw-card--${card.kind}${dashed}`}
        x={card.x}
        y={card.y}
        width={card.width}
        height={card.height}
        rx={RADIUS}
      />
      {card.lane ? <path className="pw-lane" d={card.lane} /> : null}
      {card.labels.map((line) => (
        <SceneText key={`${line.role}:${line.y}`} line={line} />
      ))}
      {card.dashed
        ? naiveCaption(card, captionFont, captionTop).map((line) => (
            <text
              key={line.text}
              className="pw-caption pw-caption--naive"
              x={line.x}
              y={line.y}
              fontSize={line.fontSize}
              textAnchor="middle"
            >
              {line.text}
            </text>
          ))
        : null}
    </EntityGroup>
  );
}
