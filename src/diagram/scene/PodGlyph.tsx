import type { PodBox } from '../../layout';
import { inflate } from '../geometry/rects';
import { EntityGroup } from './EntityGroup';
import { SceneText } from './SceneText';

/** Props of {@link PodGlyph}. */
export interface PodGlyphProps {
  /** The pod as laid out. */
  pod: PodBox;
  /** Gap between the pod and its highlight ring. */
  ringGap: number;
}

/**
 * A pod: a card (name + IP), a chip (name) or a dot, as the layout sized it; the ingress
 * controller's pods are tinted and, when there is room, badged.
 * @param props - {@link PodGlyphProps}
 */
export function PodGlyph({ pod, ringGap }: PodGlyphProps) {
  const radius = pod.detail === 'dot' ? 2 : Math.min(8, pod.height / 3);
  const gap = Math.min(ringGap, 4);
  const ring = inflate(pod, gap);
  const role = pod.ingressController ? ' pw-pod--controller' : '';
  return (
    <EntityGroup id={pod.id} kind="pod">
      <rect className="pw-ring" {...ring} rx={radius + gap} />
      <rect
        className={`pw-pod${role}`}
        x={pod.x}
        y={pod.y}
        width={pod.width}
        height={pod.height}
        rx={radius}
      />
      {pod.labels.map((line) => (
        <SceneText key={`${line.role}:${line.y}`} line={line} />
      ))}
      {pod.badge ? (
        <g className="pw-controller-badge">
          <rect
            x={pod.badge.x}
            y={pod.badge.y}
            width={pod.badge.width}
            height={pod.badge.height}
            rx={pod.badge.height / 2}
          />
          <SceneText line={pod.badge.label} className="pw-controller-badge-text" />
        </g>
      ) : null}
    </EntityGroup>
  );
}
