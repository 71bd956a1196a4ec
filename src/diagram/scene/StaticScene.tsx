import { memo } from 'react';
import type { Layout } from '../../layout';
import { ringGap } from '../geometry/sizes';
import { CardGlyph } from './CardGlyph';
import { NetworkLines } from './NetworkLines';
import { NodeGlyph } from './NodeGlyph';
import { PodGlyph } from './PodGlyph';

/** Props of {@link StaticScene}. */
export interface StaticSceneProps {
  /** The layout; the scene re-renders only when it changes. */
  layout: Layout;
}

function Scene({ layout }: StaticSceneProps) {
  const gap = ringGap(layout);
  const cards = [layout.client, layout.loadBalancer, ...layout.serviceBoxes];
  return (
    <g className="pw-scene">
      <NetworkLines links={layout.links} buses={layout.buses} />
      <g className="pw-nodes">
        {layout.nodes.map((node) => (
          <NodeGlyph key={node.id} node={node} ringGap={gap} />
        ))}
      </g>
      <g className="pw-pods">
        {layout.pods.map((pod) => (
          <PodGlyph key={pod.id} pod={pod} ringGap={gap} />
        ))}
      </g>
      <g className="pw-cards">
        {cards.map((card) => (
          <CardGlyph
            key={card.id}
            card={card}
            ringGap={gap}
            captionFont={layout.fonts.body}
            captionTop={layout.viewBox.y}
          />
        ))}
      </g>
    </g>
  );
}

/**
 * Everything that does not move: wiring, cards, nodes with their rule tables, pods. Memoised
 * on the layout, so neither stepping nor the packet's flight re-renders it; the step's marks
 * reach the few entity and rule wrappers through the marks store.
 * @param props - {@link StaticSceneProps}
 */
export const StaticScene = memo(Scene);
