import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// `npm run bench`: the ten-year benchmarks against the production build in web mode. Not part of
// `npm test` (a tiny run of the same harness is: test/e2e/benchHarness.test.ts).
export default defineConfig({
  resolve: { alias: { electron: fileURLToPath(new URL('../stubs/electron.ts', import.meta.url)) } },
  define: { __APP_VERSION__: JSON.stringify('bench') },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/bench/*.benchrun.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/harness/globalSetup.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
    reporters: ['default'],
  },
});
