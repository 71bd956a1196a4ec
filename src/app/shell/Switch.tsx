import './Switch.css';
/** Props of {@link Switch}. */
export interface SwitchProps {
  /** The visible label, which is also the accessible name. */
  label: string;
  /** On or off. */
  checked: boolean;
  /** Called with the new value. */
  onChange: (checked: boolean) => void;
  /** A longer explanation, shown as a tooltip. */
  title?: string;
  /** A shorter label shown on small screens (the accessible name stays `label`). */
  short?: string;
}

/**
 * An on/off switch: a button with `role="switch"`, its label inside, its state in words
 * for assistive technology and as a sliding knob for the eye.
 * @param props - See {@link SwitchProps}.
 * @returns The switch.
 */
export function Switch({ label, checked, onChange, title, short }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      className="pw-switch"
      title={title}
      onClick={() => onChange(!checked)}
    >
      <span className="pw-switch__track" aria-hidden="true">
        <span className="pw-switch__knob" />
      </span>
      <span className={short ? 'pw-switch__label pw-switch__label--long' : 'pw-switch__label'}>
        {label}
      </span>
      {short ? (
        <span className="pw-switch__label pw-switch__label--short" aria-hidden="true">
          {short}
        </span>
      ) : null}
    </button>
  );
}
