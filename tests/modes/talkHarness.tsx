/**
 * Renders TalkView alone: a fixed player view, spies for what it asks of the app, its own
 * blank state, a manual clock.
 */
import { render } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import { createManualWallClock, TalkView, type TalkViewProps } from '../../src/modes';
import type { PlayerAction, PlayerView } from '../../src/player';
import { loadFixture, traceOf } from '../panels/fixtures';

/** The walk shown. */
export const trace = traceOf('rabbit-hole');
/** Its scenario (question, notes). */
export const scenario = loadFixture('rabbit-hole');
const view = (step: number): PlayerView => ({
  step,
  stepCount: trace.steps.length,
  playing: false,
  speed: 1,
  reducedMotion: true,
});

type Spies = Pick<TalkViewProps, 'onExit' | 'onPresenter' | 'onFullscreen'> & {
  onAction: (a: PlayerAction) => void;
};

function Harness({
  step,
  spies,
  clock,
}: {
  step: number;
  spies: Spies;
  clock: TalkViewProps['clock'];
}) {
  const [blank, setBlank] = useState(false);
  const [narrated, setNarrated] = useState(false);
  return (
    <TalkView
      trace={trace}
      player={view(step)}
      diagram={<svg data-testid="diagram" />}
      title="Down the rabbit hole"
      question={scenario.metadata.question}
      blank={blank}
      onBlank={setBlank}
      narrated={narrated}
      onNarrated={setNarrated}
      clock={clock}
      {...spies}
    />
  );
}

/**
 * Renders the talk screen at a step.
 * @param step - the player step
 * @returns the spies and the clock
 */
export function setup(step = 3) {
  const spies = {
    onAction: vi.fn<(a: PlayerAction) => void>(),
    onExit: vi.fn(),
    onPresenter: vi.fn(),
    onFullscreen: vi.fn(),
  };
  const clock = createManualWallClock();
  render(<Harness step={step} spies={spies} clock={clock} />);
  return { spies, clock };
}
