import type { OutcomeKind } from './outcome';

/** Props of {@link OutcomeIcon}. */
export interface OutcomeIconProps {
  /** Which ending. */
  kind: OutcomeKind;
}

// 24-unit paths, stroked: a check, an exclamation, a cross, a barred circle.
const PATHS: Record<OutcomeKind, string> = {
  delivered: 'M5 12.5l4.5 4.5L19 7.5',
  'http-error': 'M12 6.5v7M12 17.2v.3',
  dropped: 'M7.5 7.5l9 9M16.5 7.5l-9 9',
  rejected: 'M6.7 17.3L17.3 6.7',
};

/**
 * The outcome's icon, decorative (the label beside it says the same in words).
 * @param props - See {@link OutcomeIconProps}.
 * @returns An inline SVG, hidden from assistive technology.
 */
export function OutcomeIcon({ kind }: OutcomeIconProps) {
  return (
    <svg
      className="pw-outcome__icon"
      viewBox="0 0 24 24"
      width="1.5em"
      height="1.5em"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d={PATHS[kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
