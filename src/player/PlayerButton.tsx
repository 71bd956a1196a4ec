import type { ReactNode } from 'react';

/** Props of {@link PlayerButton}. */
export interface PlayerButtonProps {
  /** The accessible name, e.g. "Next step". */
  label: string;
  /** The icon shown instead of text. */
  children: ReactNode;
  /** Called on activation, unless disabled. */
  onPress: () => void;
  /** Cannot act now (a boundary); stays focusable so keyboard focus is never lost. @default false */
  disabled?: boolean;
  /** Keys that do the same, as `aria-keyshortcuts` (e.g. "ArrowRight PageDown Space"). */
  keyShortcuts?: string;
  /** A tooltip hint naming the keys for sighted users, e.g. "→ or Space". */
  keyHint?: string;
  /** The main button (Play/Pause): drawn larger and filled. @default false */
  primary?: boolean;
}

/**
 * One button of the player: icon inside, name from `label`. Disabled buttons use
 * `aria-disabled` rather than `disabled`, so a button that becomes disabled under the focus
 * (Next at the last step) keeps it.
 * @param props - See {@link PlayerButtonProps}.
 * @returns The button element.
 */
export function PlayerButton(props: PlayerButtonProps) {
  const { label, children, onPress, disabled = false, keyShortcuts, keyHint } = props;
  const className = props.primary
    ? 'pw-player__button pw-player__button--primary'
    : 'pw-player__button';
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      aria-disabled={disabled ? 'true' : undefined}
      aria-keyshortcuts={keyShortcuts}
      title={keyHint === undefined ? label : `${label} (${keyHint})`}
      onClick={() => {
        if (!disabled) onPress();
      }}
    >
      {children}
    </button>
  );
}
