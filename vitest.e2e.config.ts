import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against the production build.
export default defineConfig({
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time, each with its own Chromium: the browser tests take about half the time
    // on two cores, and every file opens its own browser and storage, so none sees another's state.
    fileParallelism: true,
    maxWorkers: 2,
    // A loaded 2-core CI machine can take more than the default second to settle a screen.
    expect: { poll: { timeout: 5000, interval: 50 } },
  },
});
