import { defineConfig } from 'vitest/config';

// Two projects: fast Node unit/integration tests, and end-to-end tests that drive a real
// headless Chromium against a built app (see test/e2e/README.md).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
