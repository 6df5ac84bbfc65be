import { defineConfig } from 'vitest/config';

// Two projects: `unit` (core, CLI, bridge under Node with real SQLite files and real spreadsheets)
// and `e2e` (Debian's Chromium driven by Playwright through `cakap serve`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/bundles.ts'],
          // Two test files at once: a file waits on its job threads, child processes and SQLite's
          // writes about a third of the time, and the other core has the other file to do meanwhile.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/bundles.ts', 'test/e2e/globalSetup.ts'],
          fileParallelism: false,
          // A busy machine (CI with other jobs, a developer's PC) makes the app slower, not wrong: a page
          // gets 15 s to show what it should, and building the demo regency before a test may take minutes.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
