import { type MotionValue, m } from 'motion/react';
import type { TagBox } from '../geometry/tagPlacement';
import type { HopBadgeSpec } from '../state/hopBadges';

/** Props of {@link HopBadge}. */
export interface HopBadgeProps {
  /** Where the badge goes and what it says. */
  spec: HopBadgeSpec;
  /** The tag (`SNAT + node crossing`), placed, or `null`. */
  tag: TagBox | null;
  /** 1 for finished legs; for the current leg, a motion value that fades it in on departure. */
  opacity: number | MotionValue<number>;
}

/**
 * A numbered hop badge on its leg (the quiz's count: DOMAIN.md §0), with the Cluster-policy
 * tag beside it when a node masqueraded the packet on that leg.
 * @param props - {@link HopBadgeProps}
 */
export function HopBadge({ spec, tag, opacity }: HopBadgeProps) {
  const fontSize = Math.round(spec.r * 1.05);
  return (
    <m.g className="pw-hop" data-hop={spec.hop} data-step={spec.step} style={{ opacity }}>
      <title>{`Hop ${spec.hop}${spec.tag ? `: ${spec.tag}` : ''}`}</title>
      <circle className="pw-hop-disc" cx={spec.x} cy={spec.y} r={spec.r} />
      <text
        className="pw-hop-number"
        x={spec.x}
        y={spec.y + fontSize * 0.36}
        fontSize={fontSize}
        textAnchor="middle"
      >
        {spec.hop}
      </text>
      {tag && spec.tag ? (
        <g className="pw-hop-tag" data-tag={spec.tag}>
          <rect x={tag.x} y={tag.y} width={tag.width} height={tag.height} rx={tag.height / 2} />
          <text x={tag.textX} y={tag.baseline} fontSize={tag.fontSize} textAnchor="middle">
            {spec.tag}
          </text>
        </g>
      ) : null}
    </m.g>
  );
}
