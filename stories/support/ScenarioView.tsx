import type { MotionValue } from 'motion/react';
import type { ReactNode } from 'react';
import {
  HopCounter,
  Narration,
  OutcomePanel,
  PacketHeader,
  RewriteList,
  RulePanel,
} from '../../src/panels';
import { DiagramFrame } from './DiagramFrame';
import type { Walked } from './scenarios';

/** Props of {@link ScenarioView}. */
export interface ScenarioViewProps {
  /** The scenario, its trace, layout and routes. */
  walked: Walked;
  /** 0..steps; already clamped to the trace. */
  step: number;
  /** 0..1 within the leg (1 = at rest). */
  progress: MotionValue<number>;
  /** Nothing travels. @default false */
  reducedMotion?: boolean;
  /** Shown after the title, e.g. the file name. */
  subtitle?: string;
  /** Under the diagram and panels, e.g. the player controls. */
  footer?: ReactNode;
  /** Above everything, e.g. diagnostics. */
  header?: ReactNode;
}

/**
 * The app's main screen for one scenario, without the app: title and question, the
 * diagram, and the side panels (hop counter, narration, packet, rewrites, outcome, rules),
 * in the app's own layout classes.
 * @param props - See {@link ScenarioViewProps}.
 * @returns The view (fills its frame).
 */
export function ScenarioView(props: ScenarioViewProps) {
  const { walked, step, progress, reducedMotion, subtitle, footer, header } = props;
  const { scenario, trace } = walked;
  const { title, question, description } = scenario.metadata;
  return (
    <div className="pw-story-view" style={{ height: '100%', boxSizing: 'border-box' }}>
      {header}
      <div className="pw-main__content">
        <section className="pw-stage" aria-label="Packet path">
          <div className="pw-heading">
            <h1 className="pw-title">
              {title}
              {subtitle ? <span className="pw-title__file">{subtitle}</span> : null}
            </h1>
            {question ? <p className="pw-question">{question}</p> : null}
          </div>
          <DiagramFrame
            walked={walked}
            step={step}
            progress={progress}
            reducedMotion={reducedMotion}
          />
        </section>
        {/* Focusable: it scrolls, and keyboard users must be able to scroll it (WCAG 2.1.1). */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus */}
        <aside className="pw-side" aria-label="Details of this step" tabIndex={0}>
          <HopCounter trace={trace} step={step} />
          <Narration trace={trace} step={step} notes={scenario.notes} question={question} />
          <PacketHeader trace={trace} step={step} />
          <RewriteList trace={trace} step={step} />
          <OutcomePanel trace={trace} step={step} summary={description} />
          <RulePanel trace={trace} step={step} />
        </aside>
      </div>
      {footer}
    </div>
  );
}
