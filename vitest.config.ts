import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const electronStub = fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url));

// Tests are split by where the code runs (DESIGN.md §6): node, jsdom, and a real Chromium.
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  resolve: { alias: { electron: electronStub } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['test/component/setup.ts'],
          // Keyboard entry into segmented date fields is many events; the default 5 s is tight on a loaded machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/harness/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: this machine has two cores.
          fileParallelism: false,
          // Tests marked concurrent (the form sweep) run two at a time, each in its own browser context.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
