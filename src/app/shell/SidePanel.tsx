import type { Scenario } from '../../model';
import {
  HopCounter,
  Narration,
  OutcomePanel,
  PacketHeader,
  RewriteList,
  RulePanel,
} from '../../panels';
import type { Trace } from '../../sim';

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  /** The walk shown. */
  trace: Trace;
  /** The player step. */
  step: number;
  /** The scenario: its notes, its question, and its description (which explains the outcome). */
  scenario: Scenario;
}

/**
 * The right-hand column: hop counter, the narration of the step, the packet's addresses, the
 * rewrites, the outcome (from the last request leg on) and the rules behind it all. The
 * narration sits here rather than under the diagram, so the diagram keeps the full height.
 * @param props - See {@link SidePanelProps}.
 * @returns The complementary region.
 */
export function SidePanel({ trace, step, scenario }: SidePanelProps) {
  return (
    // Focusable: it scrolls, and keyboard users must be able to scroll it (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
    <aside className="pw-side" aria-label="Details of this step" tabIndex={0}>
      <HopCounter trace={trace} step={step} />
      <Narration
        trace={trace}
        step={step}
        notes={scenario.notes}
        question={scenario.metadata.question}
      />
      <PacketHeader trace={trace} step={step} />
      <RewriteList trace={trace} step={step} />
      <OutcomePanel trace={trace} step={step} summary={scenario.metadata.description} />
      <RulePanel trace={trace} step={step} />
    </aside>
  );
}
