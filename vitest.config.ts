import { defineConfig } from 'vitest/config';

/**
 * Two projects: `node` (services, vault, documents, ipc, renderer logic: plain Node, real
 * encrypted databases in temp folders) and `browser` (Playwright driving Debian's Chromium
 * over the production renderer build and a loopback bridge to the real handlers).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
