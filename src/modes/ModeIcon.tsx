/** The icons of the talk and embed controls. */
export type ModeIconName = 'previous' | 'next' | 'play' | 'pause';

const PATHS: Record<ModeIconName, string> = {
  previous: 'M6 5h2.5v14H6zM19 5v14L9.5 12z',
  next: 'M15.5 5H18v14h-2.5zM5 5v14l9.5-7z',
  play: 'M7 4.5v15l12.5-7.5z',
  pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
};

/** Props of {@link ModeIcon}. */
export interface ModeIconProps {
  /** Which icon. */
  name: ModeIconName;
  /** Edge length in CSS pixels; `1em` follows the text. @default '1em' */
  size?: number | string;
}

/**
 * A filled 24-unit icon in the current text colour, hidden from assistive technology (the
 * button around it carries the name).
 * @param props - See {@link ModeIconProps}.
 * @returns The SVG.
 */
export function ModeIcon({ name, size = '1em' }: ModeIconProps) {
  return (
    <svg
      className="pw-mode-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
