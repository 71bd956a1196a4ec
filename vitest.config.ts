import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium.ts';
import viteConfig from './vite.config.ts';

/**
 * Vitest's browser block for one project (a function: a shared object would get the wrong
 * project name written into it): Debian's Chromium through playwright-core, headless.
 */
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
    viewport: { width: 1280, height: 800 },
  };
}

/**
 * Every test, one `npm test`: pure unit tests in Node, component tests in jsdom,
 * end-to-end tests that drive Debian's Chromium through playwright-core against the
 * production build (tests/e2e/support/serveApp.ts builds and serves it once), and every
 * Storybook story (the `storybook` project, through @storybook/addon-vitest).
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    server: { open: false },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/e2e/**'],
            // Generous: on a loaded 2-core CI machine a build or a property test can take
            // several seconds; a hang still fails.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            testTimeout: 30_000,
            include: ['tests/**/*.test.tsx'],
            setupFiles: ['tests/setup/jsdom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.e2e.ts'],
            globalSetup: ['tests/e2e/support/serveApp.ts'],
            testTimeout: 60_000,
            hookTimeout: 180_000,
          },
        },
        {
          // Every story (stories/ and the generated scenarios/*.yaml stories) rendered in
          // Chromium: its play function runs, then axe; a violation fails the test.
          extends: true,
          plugins: [storybookTest({ configDir: '.storybook' })],
          test: {
            name: 'storybook',
            browser: chromiumBrowser(),
          },
        },
      ],
    },
  }),
);
