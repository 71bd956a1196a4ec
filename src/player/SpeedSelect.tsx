import { useId } from 'react';
import { SPEEDS, type Speed } from './types';

/** Props of {@link SpeedSelect}. */
export interface SpeedSelectProps {
  /** The current speed. */
  speed: Speed;
  /** Called with the chosen speed (a member of SPEEDS). */
  onChange: (speed: number) => void;
}

/**
 * A labelled native select with the player's speeds (0.5x to 2x).
 * @param props - The speed and the change callback.
 * @returns The label and select.
 */
export function SpeedSelect({ speed, onChange }: SpeedSelectProps) {
  const id = useId();
  return (
    <span className="pw-player__speed">
      <label htmlFor={id}>Speed</label>
      <select id={id} value={String(speed)} onChange={(e) => onChange(Number(e.target.value))}>
        {SPEEDS.map((s) => (
          <option key={s} value={String(s)}>
            {`${s}×`}
          </option>
        ))}
      </select>
    </span>
  );
}
