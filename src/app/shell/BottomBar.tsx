import './BottomBar.css';
import { StepList } from '../../panels';
import { type PlayerAction, PlayerControls, type PlayerView } from '../../player';
import type { Trace } from '../../sim';

/** Props of {@link BottomBar}. */
export interface BottomBarProps {
  /** The walk shown. */
  trace: Trace;
  /** The player's discrete state. */
  player: PlayerView;
  /** Receives the user's player actions. */
  onAction: (action: PlayerAction) => void;
}

/**
 * The bottom bar: the player controls (Play/Pause, Previous step, Next step, …) and the
 * timeline of steps.
 * @param props - See {@link BottomBarProps}.
 * @returns The bar.
 */
export function BottomBar({ trace, player, onAction }: BottomBarProps) {
  return (
    <footer className="pw-bottom">
      <PlayerControls state={player} onAction={onAction} className="pw-bottom__controls" />
      <StepList
        trace={trace}
        step={player.step}
        onSelect={(step) => onAction({ type: 'goto', step })}
        className="pw-bottom__steps"
      />
    </footer>
  );
}
