import type { ReactNode } from 'react';
import { useRuleActive } from './marksStore';

/** Props of {@link RuleLineMark}. */
export interface RuleLineMarkProps {
  /** Rule line id (`rule:<node>:<namespace>/<service>`). */
  id: string;
  /** The rule line's static drawing. */
  children: ReactNode;
}

/**
 * The group of one rule line in a node's rule panel: `data-active="true"` while the step's
 * rewrite was made by this rule. Only this wrapper re-renders when that changes.
 * @param props - {@link RuleLineMarkProps}
 */
export function RuleLineMark({ id, children }: RuleLineMarkProps) {
  const active = useRuleActive(id);
  return (
    <g data-rule={id} data-active={active ? 'true' : undefined} className="pw-rule">
      {children}
    </g>
  );
}
