/**
 * Global story setup: the app's theme tokens and page styles, a theme switcher (toolbar →
 * `data-theme` on <html>, as the app does), framer-motion's features through `LazyMotion`
 * (the diagram's `m.*` components need them), and still animations unless a story says
 * `parameters: { motion: 'live' }`. Any axe violation fails the story's test.
 */
import '../src/app/theme.css';
import '../src/app/app.css';
import '../stories/support/stories.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { LazyMotion, MotionGlobalConfig } from 'motion/react';
import { type ReactNode, useLayoutEffect } from 'react';
import motionFeatures from '../src/app/motionFeatures';

/** The app's themes (src/app/theme.css). */
const THEMES = ['light', 'dark', 'contrast'] as const;
type Theme = (typeof THEMES)[number];

function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

function ThemeRoot({ theme, children }: { theme: Theme; children: ReactNode }) {
  // Before paint, so a screenshot never catches the previous theme.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return children;
}

const withTheme: Decorator = (Story, context) => {
  const theme = isTheme(context.globals.theme) ? context.globals.theme : 'light';
  return (
    <ThemeRoot theme={theme}>
      <Story />
    </ThemeRoot>
  );
};

const withMotion: Decorator = (Story, context) => {
  // Static stories: framer-motion jumps to every target value (framer-motion's own tests do
  // this), so screenshots are stable. The diagram's motion is driven by `progress`, which
  // static stories fix anyway.
  MotionGlobalConfig.skipAnimations = context.parameters.motion !== 'live';
  return (
    <LazyMotion features={motionFeatures} strict>
      <Story />
    </LazyMotion>
  );
};

const preview: Preview = {
  decorators: [withMotion, withTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme (data-theme on <html>)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'contrast', title: 'High contrast (talk mode)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'none' },
    options: {
      storySort: {
        order: [
          'Introduction',
          ['The quiz', 'Playground'],
          'Scenarios',
          'Diagram',
          'Panels',
          'Player',
        ],
      },
    },
  },
};

export default preview;
