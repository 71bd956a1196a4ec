import type { ReactNode } from 'react';
import { type PanelStoryArgs, resolveScenarioArgs } from './args';
import { StoryFrame } from './StoryFrame';
import type { Walked } from './scenarios';

/** Props of {@link PanelStory}. */
export interface PanelStoryProps {
  /** The story's args. */
  args: PanelStoryArgs;
  /** Renders the panel for the walked scenario at the clamped step. */
  panel: (walked: Walked, step: number) => ReactNode;
}

/**
 * One side panel on the page background, fed the scenario's trace at the story's step.
 * @param props - See {@link PanelStoryProps}.
 * @returns The framed panel.
 */
export function PanelStory({ args, panel }: PanelStoryProps) {
  const { walked, step } = resolveScenarioArgs(args);
  return (
    <StoryFrame width={args.width} height={args.height} padded>
      {panel(walked, step)}
    </StoryFrame>
  );
}
