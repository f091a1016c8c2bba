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
    // One file at a time. Two at a time took 751 s instead of about 900 s, but a keyboard step then
    // missed its 5 s wait once: not until the waits are shown to hold under that load.
    fileParallelism: false,
    // A loaded 2-core CI machine can take more than the default second to settle a screen.
    expect: { poll: { timeout: 5000, interval: 50 } },
  },
});
