import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three layers: `node` (model, doc, export, cli, relay integration), `dom`
// (components in happy-dom), `e2e` (real Chromium against a real relay).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup-dom.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // no retries: browser specs wait for states (locators, expect.poll), never for
          // time, so a miss is a real failure even on a loaded 2-core machine
          retry: 0,
        },
      },
    ],
  },
});
