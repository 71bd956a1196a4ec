import { useState } from 'react';
import { StepList } from '../../src/panels';
import {
  PlayerControls,
  ShortcutsOverlay,
  type Speed,
  useKeyboardShortcuts,
  usePlayer,
} from '../../src/player';
import type { TraceModel } from '../../src/sim';
import { ScenarioView } from './ScenarioView';
import { StoryFrame } from './StoryFrame';
import { walkedBundled } from './scenarios';
import { usePlayerProgress } from './usePlayerProgress';

/** Props of {@link PlayerDemo}. */
export interface PlayerDemoProps {
  /** A bundled scenario's `metadata.name`. */
  scenario: string;
  /** Real walk or the naive picture. */
  model: TraceModel;
  /** With the reply legs. */
  reply: boolean;
  /** The step shown first (read at mount). */
  stepIndex: number;
  /** The speed at mount. */
  speed: Speed;
  /** Steps change in place; undefined follows the user's preference. */
  reducedMotion?: boolean;
  /** Frame width in CSS pixels. */
  width: number;
  /** Frame height in CSS pixels. */
  height: number;
}

/**
 * The app's player on one scenario: diagram and panels, the controls, the timeline, the
 * keyboard shortcuts (→ ← Home End P ?) and their overlay. The player's store listens to
 * the animation-frame clock only while a leg flies or autoplay is on, so nothing moves until
 * a button or key is pressed.
 * @param props - See {@link PlayerDemoProps}.
 * @returns The interactive player.
 */
export function PlayerDemo(props: PlayerDemoProps) {
  const walked = walkedBundled(props.scenario, props.model, props.reply);
  const player = usePlayer(walked.trace.steps.length, {
    initialStep: props.stepIndex,
    initialSpeed: props.speed,
    reducedMotion: props.reducedMotion,
  });
  const { state, dispatch, store } = player;
  const [help, setHelp] = useState(false);
  useKeyboardShortcuts(dispatch, { onToggleHelp: () => setHelp((open) => !open) });
  const progress = usePlayerProgress(store);
  const footer = (
    <footer className="pw-story-footer">
      <PlayerControls state={state} onAction={dispatch} />
      <StepList
        trace={walked.trace}
        step={state.step}
        onSelect={(step) => dispatch({ type: 'goto', step })}
      />
    </footer>
  );
  return (
    <StoryFrame width={props.width} height={props.height}>
      <ScenarioView
        walked={walked}
        step={state.step}
        progress={progress}
        reducedMotion={state.reducedMotion}
        footer={footer}
      />
      <ShortcutsOverlay open={help} onClose={() => setHelp(false)} />
    </StoryFrame>
  );
}
