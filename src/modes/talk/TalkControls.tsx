import './TalkControls.css';
import { formatPosition, type PlayerAction, type PlayerView } from '../../player';
import { CopyLinkButton } from '../CopyLinkButton';
import type { WallClock } from '../clock';
import { ModeIcon } from '../ModeIcon';

/** Props of {@link TalkControls}. */
export interface TalkControlsProps {
  /** The player's discrete state. */
  player: PlayerView;
  /** Receives the player actions. */
  onAction: (action: PlayerAction) => void;
  /** Shown (the pointer moved lately); hidden controls stay in the tab order. */
  visible: boolean;
  /** Keep them shown while the pointer is over them. */
  onHold: (on: boolean) => void;
  /** Opens the presenter view. */
  onPresenter: () => void;
  /** Full screen on or off. */
  onFullscreen: () => void;
  /** Opens the shortcuts overlay. */
  onHelp: () => void;
  /** Leaves talk mode. */
  onExit: () => void;
  /** For the "Copied" feedback. */
  clock?: WallClock;
}

/**
 * Talk mode's toolbar: Previous step, Play/Pause, Next step, the position, Presenter view,
 * Copy link, Full screen, Shortcuts, Exit. It hides when the pointer rests and shows again
 * when the pointer moves or a control takes keyboard focus.
 * @param props - See {@link TalkControlsProps}.
 * @returns The toolbar.
 */
export function TalkControls(props: TalkControlsProps) {
  const { player, onAction } = props;
  const atStart = player.step <= 0;
  const atEnd = player.step >= player.stepCount;
  return (
    <div
      role="toolbar"
      aria-label="Talk controls"
      className="pw-talk-controls"
      data-visible={props.visible ? 'true' : 'false'}
      onPointerEnter={() => props.onHold(true)}
      onPointerLeave={() => props.onHold(false)}
    >
      <button
        type="button"
        className="pw-talk-controls__button"
        aria-label="Previous step"
        aria-keyshortcuts="PageUp ArrowLeft"
        aria-disabled={atStart ? 'true' : undefined}
        onClick={() => atStart || onAction({ type: 'previous' })}
      >
        <ModeIcon name="previous" />
      </button>
      <button
        type="button"
        className="pw-talk-controls__button pw-talk-controls__button--primary"
        aria-label={player.playing ? 'Pause' : 'Play'}
        aria-keyshortcuts="P"
        onClick={() => onAction({ type: player.playing ? 'pause' : 'play' })}
      >
        <ModeIcon name={player.playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="pw-talk-controls__button"
        aria-label="Next step"
        aria-keyshortcuts="PageDown ArrowRight Space"
        aria-disabled={atEnd ? 'true' : undefined}
        onClick={() => atEnd || onAction({ type: 'next' })}
      >
        <ModeIcon name="next" />
      </button>
      <span className="pw-talk-controls__position">{formatPosition(player)}</span>
      <button
        type="button"
        className="pw-button"
        aria-label="Presenter view"
        aria-keyshortcuts="S"
        onClick={props.onPresenter}
      >
        Presenter
      </button>
      <CopyLinkButton clock={props.clock} />
      <button
        type="button"
        className="pw-button"
        aria-keyshortcuts="F"
        onClick={props.onFullscreen}
      >
        Full screen
      </button>
      <button type="button" className="pw-button" aria-keyshortcuts="?" onClick={props.onHelp}>
        Shortcuts
      </button>
      <button
        type="button"
        className="pw-button"
        aria-label="Exit talk mode"
        aria-keyshortcuts="T"
        onClick={props.onExit}
      >
        Exit
      </button>
    </div>
  );
}
