import { legAt } from '../../panels';
import { formatPosition, type PlayerAction, type PlayerView } from '../../player';
import type { Trace } from '../../sim';
import { ModeIcon } from '../ModeIcon';
import { hopLabel, stepRoute } from '../stepText';

/** Props of {@link EmbedBar}. */
export interface EmbedBarProps {
  /** The walk. */
  trace: Trace;
  /** The player's discrete state. */
  player: PlayerView;
  /** Receives the player actions. */
  onAction: (action: PlayerAction) => void;
}

/**
 * The embed's optional bar (`&controls=1`): Previous step, Play/Pause, Next step and a short
 * caption (the step and hop; the leg's note when the frame is tall enough).
 * @param props - See {@link EmbedBarProps}.
 * @returns The bar.
 */
export function EmbedBar({ trace, player, onAction }: EmbedBarProps) {
  const leg = legAt(trace, player.step);
  const hop = hopLabel(trace, player.step);
  const atStart = player.step <= 0;
  const atEnd = player.step >= player.stepCount;
  return (
    <div className="pw-embed-bar">
      <fieldset aria-label="Player controls" className="pw-embed-bar__buttons">
        <button
          type="button"
          className="pw-embed-bar__button"
          aria-label="Previous step"
          aria-disabled={atStart ? 'true' : undefined}
          onClick={() => atStart || onAction({ type: 'previous' })}
        >
          <ModeIcon name="previous" />
        </button>
        <button
          type="button"
          className="pw-embed-bar__button pw-embed-bar__button--primary"
          aria-label={player.playing ? 'Pause' : 'Play'}
          onClick={() => onAction({ type: player.playing ? 'pause' : 'play' })}
        >
          <ModeIcon name={player.playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="pw-embed-bar__button"
          aria-label="Next step"
          aria-disabled={atEnd ? 'true' : undefined}
          onClick={() => atEnd || onAction({ type: 'next' })}
        >
          <ModeIcon name="next" />
        </button>
      </fieldset>
      <div className="pw-embed-bar__caption" aria-live="polite" aria-atomic="true">
        <p className="pw-embed-bar__where">
          <span className="pw-embed-bar__position">{formatPosition(player)}</span>{' '}
          {stepRoute(trace, player.step)}
          {hop ? <strong className="pw-embed-bar__hop"> · {hop}</strong> : null}
        </p>
        {leg ? <p className="pw-embed-bar__note">{leg.note}</p> : null}
      </div>
    </div>
  );
}
