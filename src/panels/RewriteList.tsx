import './RewriteList.css';
import type { Trace } from '../sim';
import { legAt } from './legs';
import { PanelSection } from './PanelSection';
import { RewriteItem } from './RewriteItem';

/** Props of {@link RewriteList}. */
export interface RewriteListProps {
  /** The walk. */
  trace: Trace;
  /** The player step, 0..steps.length. */
  step: number;
  /** Extra class on the panel. */
  className?: string;
}

/**
 * Every address rewrite made before the current leg, in the order they were applied.
 * @param props - See {@link RewriteListProps}.
 * @returns The panel.
 */
export function RewriteList({ trace, step, className }: RewriteListProps) {
  const leg = legAt(trace, step);
  const rewrites = leg?.rewrites ?? [];
  return (
    <PanelSection
      title="Rewrites"
      className={className ? `pw-rewrites ${className}` : 'pw-rewrites'}
    >
      {leg === undefined ? (
        <p className="pw-empty">Nothing has been rewritten yet.</p>
      ) : rewrites.length === 0 ? (
        <p className="pw-empty">No address is rewritten on this leg.</p>
      ) : (
        <ol className="pw-rewrites__list">
          {rewrites.map((rewrite, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the order of rewrites is their identity
            <RewriteItem key={i} rewrite={rewrite} />
          ))}
        </ol>
      )}
    </PanelSection>
  );
}
