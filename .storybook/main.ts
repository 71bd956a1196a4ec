/**
 * Storybook 10 (React + Vite). The app's vite.config.ts applies (the builder loads it), so
 * `virtual:packetwalk/scenarios` is there as in the app; `scenarioStoriesPlugin` adds one
 * story file per `scenarios/*.yaml` (see scenarioStories/). addon-vitest runs every story as
 * a test (`npx vitest run --project storybook`).
 */
import type { StorybookConfig } from '@storybook/react-vite';
import { scenarioIndexer, scenarioStoriesPlugin } from './scenarioStories/index.ts';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: [
    '../stories/**/*.mdx',
    '../stories/**/*.stories.@(ts|tsx)',
    // Generated: each scenario file is a story file (scenarioIndexer + scenarioStoriesPlugin).
    '../scenarios/*.@(yaml|yml)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  experimental_indexers: async (existing) => [...(existing ?? []), scenarioIndexer],
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), scenarioStoriesPlugin()],
  }),
};

export default config;
