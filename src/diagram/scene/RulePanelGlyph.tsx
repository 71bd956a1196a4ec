import type { RulePanel } from '../../layout';
import { RuleLineMark } from './RuleLineMark';
import { SceneText } from './SceneText';

/** Props of {@link RulePanelGlyph}. */
export interface RulePanelGlyphProps {
  /** A node's rule table: the Services as kube-proxy / eBPF rules. */
  panel: RulePanel;
}

/**
 * A node's rule table. Services are drawn as what they are: rules programmed on every node,
 * one line each (a thin stripe at minimal detail). The line that rewrote the packet lights up.
 * @param props - {@link RulePanelGlyphProps}
 */
export function RulePanelGlyph({ panel }: RulePanelGlyphProps) {
  return (
    <g className="pw-rules">
      <rect
        className="pw-rules-panel"
        x={panel.x}
        y={panel.y}
        width={panel.width}
        height={panel.height}
        rx={Math.min(6, panel.height / 4)}
      />
      {panel.title ? <SceneText line={panel.title} className="pw-rules-title" /> : null}
      {panel.rules.map((rule) => (
        <RuleLineMark key={rule.id} id={rule.id}>
          <rect
            className={rule.lines.length === 0 ? 'pw-rule-stripe' : 'pw-rule-bg'}
            x={rule.x}
            y={rule.y}
            width={rule.width}
            height={rule.height}
            rx={Math.min(4, rule.height / 2)}
          />
          {rule.lines.map((line) => (
            <SceneText key={`${line.role}:${line.y}`} line={line} className="pw-rule-text" />
          ))}
        </RuleLineMark>
      ))}
      {panel.more ? <SceneText line={panel.more} className="pw-rules-title" /> : null}
    </g>
  );
}
