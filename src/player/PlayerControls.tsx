import './PlayerControls.css';
import { formatPosition } from './formatPosition';
import { PlayerButton } from './PlayerButton';
import { PlayerIcon, type PlayerIconName } from './PlayerIcon';
import { SpeedSelect } from './SpeedSelect';
import type { PlayerAction, PlayerView } from './types';

/** Props of {@link PlayerControls}. */
export interface PlayerControlsProps {
  /** The discrete player state (`usePlayer().state`). */
  state: PlayerView;
  /** Receives what the user asked for. */
  onAction: (action: PlayerAction) => void;
  /** Extra class on the root, after `pw-player`. */
  className?: string;
  /** Accessible name of the control group. @default "Player controls" */
  label?: string;
}

interface StepButton {
  label: string;
  icon: PlayerIconName;
  action: PlayerAction;
  keyShortcuts: string;
  keyHint: string;
  /** Going back (disabled at the start) or on (disabled at the end). */
  back: boolean;
}

const BACK: StepButton[] = [
  {
    label: 'First step',
    icon: 'first',
    action: { type: 'home' },
    keyShortcuts: 'Home',
    keyHint: 'Home',
    back: true,
  },
  {
    label: 'Previous step',
    icon: 'previous',
    action: { type: 'previous' },
    keyShortcuts: 'ArrowLeft PageUp',
    keyHint: '← or Page Up',
    back: true,
  },
];

const ON: StepButton[] = [
  {
    label: 'Next step',
    icon: 'next',
    action: { type: 'next' },
    keyShortcuts: 'ArrowRight PageDown Space',
    keyHint: '→, Page Down or Space',
    back: false,
  },
  {
    label: 'Last step',
    icon: 'last',
    action: { type: 'end' },
    keyShortcuts: 'End',
    keyHint: 'End',
    back: false,
  },
];

function renderStepButton(
  spec: StepButton,
  state: PlayerView,
  onAction: (a: PlayerAction) => void,
) {
  const disabled = spec.back ? state.step <= 0 : state.step >= state.stepCount;
  return (
    <PlayerButton
      key={spec.label}
      label={spec.label}
      keyShortcuts={spec.keyShortcuts}
      keyHint={spec.keyHint}
      disabled={disabled}
      onPress={() => onAction(spec.action)}
    >
      <PlayerIcon name={spec.icon} />
    </PlayerButton>
  );
}

/**
 * The player's controls: First, Previous, Play/Pause (one button whose name follows the
 * state), Next, Last, a speed select and a "Step 2 of 7" readout. Data in, actions out.
 * @param props - See {@link PlayerControlsProps}.
 * @returns The control group.
 */
export function PlayerControls(props: PlayerControlsProps) {
  const { state, onAction, label = 'Player controls' } = props;
  const className = props.className ? `pw-player ${props.className}` : 'pw-player';
  return (
    <fieldset aria-label={label} className={className}>
      <div className="pw-player__buttons">
        {BACK.map((spec) => renderStepButton(spec, state, onAction))}
        <PlayerButton
          label={state.playing ? 'Pause' : 'Play'}
          primary
          disabled={state.stepCount === 0}
          keyShortcuts="P"
          keyHint="P"
          onPress={() => onAction({ type: state.playing ? 'pause' : 'play' })}
        >
          <PlayerIcon name={state.playing ? 'pause' : 'play'} size={28} />
        </PlayerButton>
        {ON.map((spec) => renderStepButton(spec, state, onAction))}
      </div>
      <SpeedSelect
        speed={state.speed}
        onChange={(speed) => onAction({ type: 'setSpeed', speed })}
      />
      <span className="pw-player__position">{formatPosition(state)}</span>
    </fieldset>
  );
}
