import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './src/sw/vitePlugin';

// The relay serves the built app in production; in dev, Vite proxies the relay's
// HTTP API and WebSocket paths to it so the app uses one origin either way.
const relay = process.env.RELAY_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
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
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
      treeshake: {
        moduleSideEffects: (id: string, external: boolean) =>
          external || id.includes('/node_modules/') || !id.includes('/src/') || id.endsWith('.css'),
      },
    },
  },
});
