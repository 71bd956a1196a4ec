import './RulePanel.css';
import type { Trace } from '../sim';
import { PanelSection } from './PanelSection';
import { RuleBlock } from './RuleBlock';
import { ruleBlocks } from './ruleBlocks';

/** Props of {@link RulePanel}. */
export interface RulePanelProps {
  /** The walk. */
  trace: Trace;
  /** The player step, 0..steps.length. */
  step: number;
  /** Extra class on the panel. */
  className?: string;
}

/**
 * The rules behind the current leg, as the components' own tooling prints them
 * (iptables-save, ipvsadm, nft, cilium, nginx); where the walk ends undelivered, the rule
 * that dropped, rejected or answered it.
 * @param props - See {@link RulePanelProps}.
 * @returns The panel.
 */
export function RulePanel({ trace, step, className }: RulePanelProps) {
  const blocks = ruleBlocks(trace, step);
  return (
    <PanelSection title="Rule" className={className ? `pw-rulepanel ${className}` : 'pw-rulepanel'}>
      {blocks.length === 0 ? (
        <p className="pw-empty">No rule acts on this leg.</p>
      ) : (
        blocks.map((block) => <RuleBlock key={block.text} block={block} />)
      )}
    </PanelSection>
  );
}
