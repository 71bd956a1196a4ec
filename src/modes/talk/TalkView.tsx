import './talk.css';
import { type ReactNode, useState } from 'react';
import {
  type PlayerAction,
  type PlayerView,
  ShortcutsOverlay,
  useShortcutsHelp,
} from '../../player';
import type { Trace } from '../../sim';
import { createWallClock, type WallClock } from '../clock';
import { talkShortcuts } from '../modeShortcuts';
import { BlankScreen } from './BlankScreen';
import { toggleFullscreen } from './fullscreen';
import { TalkCaption } from './TalkCaption';
import { TalkControls } from './TalkControls';
import { useAutoHide } from './useAutoHide';

/** Props of {@link TalkView}. */
export interface TalkViewProps {
  /** The walk shown. */
  trace: Trace;
  /** The player's discrete state. */
  player: PlayerView;
  /** Receives the player actions (keys and buttons). */
  onAction: (action: PlayerAction) => void;
  /** The diagram, sized by its parent (the app renders it: data in, SVG out). */
  diagram: ReactNode;
  /** The scenario's title, the page's heading (for assistive technology). */
  title: string;
  /** The scenario's question, the caption at step 0. */
  question?: string;
  /** The screen is blanked. */
  blank: boolean;
  /** Blank the screen, or show it again. */
  onBlank: (blank: boolean) => void;
  /** The caption tells the leg's note too (N); otherwise the speaker tells it. @default false */
  narrated?: boolean;
  /** Show the note in the caption, or not. */
  onNarrated?: (narrated: boolean) => void;
  /** Open the presenter view (S, the "Presenter view" button). */
  onPresenter: () => void;
  /** Leave talk mode (T, the "Exit talk mode" button). */
  onExit: () => void;
  /** Full screen on or off. @default the Fullscreen API on the document */
  onFullscreen?: () => void;
  /** Timers of the auto-hiding controls and the "Copied" feedback. @default the real clock */
  clock?: WallClock;
}

/**
 * Talk mode: the diagram fills the screen, no header or side panel; below it a caption in big
 * type (the step, hop and packet; N adds the leg's note); controls that show when the pointer
 * moves; clicker keys, B to blank, F for full screen, S for the presenter view, T to leave,
 * `?` for the list.
 * @param props - See {@link TalkViewProps}.
 * @returns The talk screen.
 */
export function TalkView(props: TalkViewProps) {
  const { trace, player, onAction, blank, onBlank, narrated = false } = props;
  const [clock] = useState(() => props.clock ?? createWallClock());
  const controls = useAutoHide(clock);
  const fullscreen = props.onFullscreen ?? (() => void toggleFullscreen());
  const extra = talkShortcuts({
    toggleBlank: () => onBlank(!blank),
    unblank: () => onBlank(false),
    toggleFullscreen: fullscreen,
    toggleNarration: () => props.onNarrated?.(!narrated),
    openPresenter: props.onPresenter,
    exit: props.onExit,
  });
  const help = useShortcutsHelp(onAction, extra);
  return (
    <div className="pw-talk" data-controls={controls.visible ? 'shown' : 'hidden'}>
      <main className="pw-talk__main">
        <h1 className="pw-visually-hidden">{props.title}</h1>
        <div className="pw-talk__stage">{props.diagram}</div>
        <TalkCaption
          trace={trace}
          step={player.step}
          question={props.question}
          narrated={narrated}
        />
      </main>
      <TalkControls
        player={player}
        onAction={onAction}
        visible={controls.visible}
        onHold={controls.hold}
        onPresenter={props.onPresenter}
        onFullscreen={fullscreen}
        onHelp={help.show}
        onExit={props.onExit}
        clock={clock}
      />
      {blank ? <BlankScreen /> : null}
      <ShortcutsOverlay {...help.overlay} />
    </div>
  );
}
