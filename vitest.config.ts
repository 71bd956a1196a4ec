import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * Every test, one `npm test`: pure unit tests in Node, component tests in jsdom,
 * end-to-end tests that drive Debian's Chromium through playwright-core.
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
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['tests/**/*.test.tsx'],
            setupFiles: ['tests/setup/jsdom.ts'],
          },
        },
      ],
    },
  }),
);
