import { useMemo } from 'react';
import { loadScenario } from '../../../src/model';
import { DiagnosticsPanel } from '../../../src/panels';
import type { TraceModel } from '../../../src/sim';
import { clampStep } from '../args';
import { diagnosticsReport } from '../diagnosticsReport';
import { ScenarioView } from '../ScenarioView';
import { StoryErrorBoundary } from '../StoryErrorBoundary';
import { StoryFrame } from '../StoryFrame';
import { walked } from '../scenarios';
import { useStillProgress } from '../useStillProgress';
import { PLAYGROUND_FILE, type PlaygroundOptions, playgroundYaml } from './playgroundScenario';
import { ScenarioYaml } from './ScenarioYaml';

/** Props of {@link Playground}: the scenario's knobs and how to show its walk. */
export interface PlaygroundProps extends PlaygroundOptions {
  /** Real walk or the naive picture. */
  model: TraceModel;
  /** With the reply legs. */
  reply: boolean;
  /** The step shown; past the last step shows the last. */
  stepIndex: number;
  /** Frame width in CSS pixels. */
  width: number;
  /** Frame height in CSS pixels. */
  height: number;
}

function Walk({ props, yaml }: { props: PlaygroundProps; yaml: string }) {
  const progress = useStillProgress(1);
  const result = useMemo(() => loadScenario(yaml, { fileName: PLAYGROUND_FILE }), [yaml]);
  if (!result.ok) {
    const note = 'Change the controls to make the file load again.';
    const report = diagnosticsReport(PLAYGROUND_FILE, result.diagnostics, undefined, note);
    return (
      <div className="pw-story-view">
        <DiagnosticsPanel report={report} />
        <ScenarioYaml text={yaml} marks={result.diagnostics.map((d) => d.line)} open />
      </div>
    );
  }
  const w = walked(result.scenario, props.model, props.reply);
  const step = clampStep(props.stepIndex, w.trace.steps.length);
  const warnings = result.warnings.length ? (
    <DiagnosticsPanel
      report={diagnosticsReport(
        PLAYGROUND_FILE,
        result.warnings,
        `${PLAYGROUND_FILE} has warnings`,
      )}
    />
  ) : null;
  return (
    <ScenarioView
      walked={w}
      step={step}
      progress={progress}
      subtitle={`${PLAYGROUND_FILE} · step ${step} of ${w.trace.steps.length}`}
      header={warnings}
      footer={<ScenarioYaml text={yaml} />}
    />
  );
}

/**
 * The quiz's cluster with its knobs on controls: every change writes the scenario file
 * anew (YAML text), loads it with `loadScenario` as a user's file and walks it, so the
 * diagram and panels redraw at once; a combination the loader refuses shows the
 * diagnostics panel, a walk that fails on the way shows its outcome (404, 503, dropped).
 * @param props - See {@link PlaygroundProps}.
 * @returns The Playground.
 */
export function Playground(props: PlaygroundProps) {
  const yaml = playgroundYaml(props);
  return (
    <StoryFrame width={props.width} height={props.height}>
      <StoryErrorBoundary resetKey={`${yaml}:${props.model}:${props.reply}`}>
        <Walk props={props} yaml={yaml} />
      </StoryErrorBoundary>
    </StoryFrame>
  );
}
