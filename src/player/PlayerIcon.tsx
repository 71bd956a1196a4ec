/** The icons of the player's buttons. */
export type PlayerIconName = 'first' | 'previous' | 'play' | 'pause' | 'next' | 'last';

/** Props of {@link PlayerIcon}. */
export interface PlayerIconProps {
  /** Which icon. */
  name: PlayerIconName;
  /** Width and height in CSS pixels. @default 24 */
  size?: number;
}

interface Shape {
  d: string;
  stroke?: boolean;
}

// 24x24 grid. Chevrons are stroked; the rest are filled so they stay solid at small sizes.
const SHAPES: Record<PlayerIconName, Shape[]> = {
  first: [{ d: 'M6 5h2.5v14H6z' }, { d: 'M19 5.5v13L10 12z' }],
  previous: [{ d: 'M15 5l-7 7 7 7', stroke: true }],
  play: [{ d: 'M7.5 4.5v15L20 12z' }],
  pause: [{ d: 'M6 5h4.5v14H6z' }, { d: 'M13.5 5H18v14h-4.5z' }],
  next: [{ d: 'M9 5l7 7-7 7', stroke: true }],
  last: [{ d: 'M15.5 5H18v14h-2.5z' }, { d: 'M5 5.5v13l9-6.5z' }],
};

/**
 * An inline SVG icon, hidden from assistive technology (the button carries the name).
 * @param props - The icon's name and size.
 * @returns The SVG element.
 */
export function PlayerIcon({ name, size = 24 }: PlayerIconProps) {
  return (
    <svg
      className="pw-player__icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[name].map((shape) =>
        shape.stroke ? (
          <path
            key={shape.d}
            d={shape.d}
            fill="none"
            stroke="currentColor"
            strokeWidth={2.75}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        ) : (
          <path key={shape.d} d={shape.d} fill="currentColor" />
        ),
      )}
    </svg>
  );
}
