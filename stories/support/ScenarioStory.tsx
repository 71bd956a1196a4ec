/**
 * The component behind every generated scenario story (one CSF module per scenarios/*.yaml,
 * written by .storybook/scenarioStories): the pre-loaded file, walked and drawn with its
 * panels at a fixed step, or its diagnostics when it does not load.
 */
import type { BundledScenario } from '../../src/app/scenarios/types';
import { DiagnosticsPanel } from '../../src/panels';
import type { TraceModel } from '../../src/sim';
import { clampStep } from './args';
import { diagnosticsReport } from './diagnosticsReport';
import { ScenarioView } from './ScenarioView';
import { StoryFrame } from './StoryFrame';
import { walked as walk } from './scenarios';
import { useStillProgress } from './useStillProgress';

/** The args of a generated scenario story. */
export interface ScenarioStoryArgs {
  /** Real walk or the naive picture. */
  model: TraceModel;
  /** With the reply legs. */
  reply: boolean;
  /** The step shown (0 = at the client). */
  stepIndex: number;
  /** 0..1 within the leg; 1 = at rest. @default 1 */
  progress?: number;
  /** Frame width in CSS pixels. @default 1280 */
  width?: number;
  /** Frame height in CSS pixels. @default 720 */
  height?: number;
}

/** Props of {@link ScenarioStory}. */
export interface ScenarioStoryProps extends ScenarioStoryArgs {
  /** The scenario file as the scenarios plugin bundles it. */
  entry: BundledScenario;
}

/**
 * One scenario file at one step: title, diagram and side panels; a file that does not load
 * shows its diagnostics instead (never a crash).
 * @param props - See {@link ScenarioStoryProps}.
 * @returns The story.
 */
export function ScenarioStory(props: ScenarioStoryProps) {
  const { entry, model, reply, stepIndex, width = 1280, height = 720 } = props;
  const progress = useStillProgress(props.progress ?? 1);
  if (!entry.result.ok) {
    const file = `scenarios/${entry.fileName}`;
    return (
      <StoryFrame width={width} height={height} padded>
        <DiagnosticsPanel report={diagnosticsReport(file, entry.result.diagnostics)} />
      </StoryFrame>
    );
  }
  const w = walk(entry.result.scenario, model, reply);
  const step = clampStep(stepIndex, w.trace.steps.length);
  return (
    <StoryFrame width={width} height={height}>
      <ScenarioView walked={w} step={step} progress={progress} subtitle={entry.fileName} />
    </StoryFrame>
  );
}
