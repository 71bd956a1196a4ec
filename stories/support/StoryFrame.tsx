import type { ReactNode } from 'react';

/** Props of {@link StoryFrame}. */
export interface StoryFrameProps {
  /** Width in CSS pixels (fixed, so screenshots are stable). */
  width: number;
  /** Height in CSS pixels (fixed, so screenshots are stable). */
  height: number;
  /** Pads the content by 1rem. @default false */
  padded?: boolean;
  /** What the story shows. */
  children: ReactNode;
}

/**
 * A fixed-size box on the theme's page background (never wider than its container, so
 * it fits a docs page): every story renders inside one, so a
 * screenshot of a story has the same size whatever the viewport.
 * @param props - See {@link StoryFrameProps}.
 * @returns The frame.
 */
export function StoryFrame({ width, height, padded = false, children }: StoryFrameProps) {
  const className = padded ? 'pw-story-frame pw-story-frame--padded' : 'pw-story-frame';
  return (
    <div className={className} style={{ width, height, maxWidth: '100%' }}>
      {children}
    </div>
  );
}
