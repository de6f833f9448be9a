import { defineConfig } from '@playwright/test';

// The Electron smoke suite: the built desk under the real Electron binary, driven by Playwright's
// `_electron`. Its own config, outside the default run's testDir (test/e2e): start it with
// `npm run test:electron` (test/electron/run.ts), which says clearly when it cannot run here.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
