import './presenter.css';
import { type ReactNode, useState } from 'react';
import type { Note } from '../../model';
import {
  type PlayerAction,
  PlayerControls,
  type PlayerView,
  ShortcutsOverlay,
  useShortcutsHelp,
} from '../../player';
import type { Trace } from '../../sim';
import { createWallClock, type WallClock } from '../clock';
import { presenterShortcuts } from '../modeShortcuts';
import { CurrentStep } from './CurrentStep';
import { NextStep } from './NextStep';
import { PresenterTimer } from './PresenterTimer';
import { usePresenterTimer } from './usePresenterTimer';

/** Props of {@link PresenterView}. */
export interface PresenterViewProps {
  /** The walk shown. */
  trace: Trace;
  /** The player's discrete state. */
  player: PlayerView;
  /** Receives the player actions (keys and buttons). */
  onAction: (action: PlayerAction) => void;
  /** A small copy of the audience's diagram (the app renders it). */
  diagram: ReactNode;
  /** The scenario's title. */
  title: string;
  /** The scenario's presenter notes. */
  notes: readonly Note[];
  /** The scenario's question. */
  question?: string;
  /** The audience screen is blanked. */
  audienceBlank: boolean;
  /** Blank the audience screen, or show it again (B, the button). */
  onAudienceBlank: (blank: boolean) => void;
  /** The windows can sync (BroadcastChannel exists); false shows a warning. @default true */
  syncAvailable?: boolean;
  /** The timer's and clock's time. @default the real clock */
  clock?: WallClock;
}

/**
 * The speaker's window: the step on screen with the presenter notes in large type, the next
 * step, a timer and the clock, a copy of the audience's diagram and its own controls. It
 * stays in step with the talk window (the app syncs them).
 * @param props - See {@link PresenterViewProps}.
 * @returns The presenter screen.
 */
export function PresenterView(props: PresenterViewProps) {
  const { trace, player, onAction, audienceBlank, onAudienceBlank } = props;
  const [clock] = useState(() => props.clock ?? createWallClock());
  const timer = usePresenterTimer(clock, player.step);
  const extra = presenterShortcuts(() => onAudienceBlank(!audienceBlank));
  const help = useShortcutsHelp(onAction, extra);
  return (
    <div className="pw-presenter">
      <header className="pw-presenter__bar">
        <h1 className="pw-presenter__title">Presenter view: {props.title}</h1>
        <PresenterTimer timer={timer} />
      </header>
      {props.syncAvailable === false ? (
        <p className="pw-presenter__warning" role="alert">
          This browser cannot link windows (no BroadcastChannel): this view does not follow the
          talk.
        </p>
      ) : null}
      <main className="pw-presenter__main">
        <CurrentStep
          trace={trace}
          step={player.step}
          notes={props.notes}
          question={props.question}
        />
        <aside className="pw-presenter__side" aria-label="Audience screen and next step">
          <div className="pw-presenter__preview" data-blank={audienceBlank}>
            {props.diagram}
          </div>
          <button
            type="button"
            className="pw-button"
            aria-pressed={audienceBlank}
            aria-keyshortcuts="B"
            onClick={() => onAudienceBlank(!audienceBlank)}
          >
            {audienceBlank ? 'Audience screen blanked: show it' : 'Blank audience screen'}
          </button>
          <NextStep trace={trace} step={player.step} notes={props.notes} />
        </aside>
      </main>
      <footer className="pw-presenter__controls">
        <PlayerControls state={player} onAction={onAction} label="Presenter controls" />
        <button type="button" className="pw-button" aria-keyshortcuts="?" onClick={help.show}>
          Shortcuts
        </button>
      </footer>
      <ShortcutsOverlay {...help.overlay} />
    </div>
  );
}
