import './tests/node-compat.ts';
import { defineConfig } from 'vitest/config';

// Real-browser smoke tests: the built extension in Debian's Chromium and Firefox ESR. One file at
// a time (each starts a browser), generous timeouts (browser start-up, not speed, is measured).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    setupFiles: [],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
