import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './src/sw/vitePlugin';
import { splitLanguagesPlugin } from './src/i18n/vitePlugin';
import { bootEntryPlugin } from './src/app/bootPlugin';
import { compressPlugin } from './src/app/compressPlugin';

// The relay serves the built app in production; in dev, Vite proxies the relay's
// HTTP API and WebSocket paths to it so the app uses one origin either way.
const relay = process.env.RELAY_URL ?? 'http://127.0.0.1:8080';

// Statically reachable from the entry through the doc/ and model/ barrels but used
// only by screens that load on demand (maturity checks) and by the test hook, whose
// `import * as commands` would otherwise keep every export of these modules in the
// first load: left to the automatic chunking, they load with those screens.
const LAZY_ONLY = /[\\/]src[\\/](doc[\\/](index|maturity)\.ts|model[\\/]maturity[\\/])/;
// the first entry (src/boot.ts, app/bootPlugin.ts) stays its own tiny chunk
const BOOT = /[\\/]src[\\/]boot\.ts$/;

export default defineConfig({
  plugins: [
    react(),
    splitLanguagesPlugin(),
    serviceWorkerPlugin(),
    bootEntryPlugin(),
    compressPlugin(),
  ],
  // library parts the board never uses, kept out of the first load: React Flow's zoom
  // tweens numbers only (no colour parser), Yjs logs plain text (no styled console)
  resolve: {
    alias: {
      'd3-color': fileURLToPath(new URL('./src/app/d3ColorShim.ts', import.meta.url)),
      'lib0/logging': fileURLToPath(new URL('./src/app/lib0LoggingShim.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/sync': { target: relay.replace(/^http/, 'ws'), ws: true },
      '/api': relay,
      '/healthz': relay,
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      // Our modules run nothing on import but styles (src/sideEffects.test.ts: none is
      // imported for its effects), so an unused re-export of a barrel (src/*/index.ts) does not drag its module,
      // and what that imports, into the first load.
      // everything the first load needs in one chunk: many small shared chunks each
      // compress on their own (26 of them cost ~6 KB gzip) and each is a request
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'app',
              tags: ['$initial'],
              test: (id: string) => !LAZY_ONLY.test(id) && !BOOT.test(id),
            },
          ],
          // a captured module does not pull what it imports into the chunk: the barrels
          // import every module of their layer, used on the first load or not
          includeDependenciesRecursively: false,
        },
      },
      treeshake: {
        // React's wrappers have no effects: an unused `memo(...)` component (React Flow's
        // Background, NodeResizer…) or context is dropped instead of kept for its call
        manualPureFunctions: ['memo', 'forwardRef', 'createContext'],
        moduleSideEffects: (id: string, external: boolean) =>
          external || id.includes('/node_modules/') || !id.includes('/src/') || id.endsWith('.css'),
      },
    },
  },
});
