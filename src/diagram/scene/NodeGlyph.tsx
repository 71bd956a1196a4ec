import type { NodeBox } from '../../layout';
import { inflate } from '../geometry/rects';
import { EntityGroup } from './EntityGroup';
import { RulePanelGlyph } from './RulePanelGlyph';
import { SceneText } from './SceneText';

/** Props of {@link NodeGlyph}. */
export interface NodeGlyphProps {
  /** The node as laid out. */
  node: NodeBox;
  /** Gap between the node and its highlight ring. */
  ringGap: number;
}

/**
 * A cluster node: its box, header (name, IP, podCIDR), the cni0 bridge lane, the port where
 * its link arrives, and its rule table. Pods are drawn on top by the scene.
 * @param props - {@link NodeGlyphProps}
 */
export function NodeGlyph({ node, ringGap }: NodeGlyphProps) {
  const ring = inflate(node, ringGap);
  return (
    <EntityGroup id={node.id} kind="node">
      <rect className="pw-ring" {...ring} rx={node.radius + ringGap} />
      <rect
        className="pw-node"
        x={node.x}
        y={node.y}
        width={node.width}
        height={node.height}
        rx={node.radius}
      />
      {node.bridge ? <path className="pw-bridge" d={node.bridge.d} /> : null}
      {node.labels.map((line) => (
        <SceneText key={`${line.role}:${line.y}`} line={line} />
      ))}
      {node.rules ? <RulePanelGlyph panel={node.rules} /> : null}
      <circle
        className="pw-port"
        cx={node.port.x}
        cy={node.port.y}
        r={Math.max(2.5, node.radius / 3)}
      />
    </EntityGroup>
  );
}
