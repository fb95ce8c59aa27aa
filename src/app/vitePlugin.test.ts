// index.html preloads the database chunk, so its request does not wait for the entry
// to run (issue 18: the cold open's waterfall).
import { describe, expect, it } from 'vitest';
import { preloadTags } from './vitePlugin';

describe('the open preload plugin', () => {
  it('preloads the chunk of dexieStores.ts and nothing else', () => {
    const bundle = {
      'assets/index-a.js': {
        type: 'chunk',
        fileName: 'assets/index-a.js',
        facadeModuleId: '/r/src/main.tsx',
      },
      'assets/dexieStores-b.js': {
        type: 'chunk',
        fileName: 'assets/dexieStores-b.js',
        facadeModuleId: '/r/src/storage/dexieStores.ts',
      },
      'assets/connectRelay-c.js': {
        type: 'chunk',
        fileName: 'assets/connectRelay-c.js',
        facadeModuleId: '/r/src/sync/connectRelay.ts',
      },
      'assets/x.css': { type: 'asset', fileName: 'assets/x.css' },
    };
    expect(preloadTags(bundle, '/')).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: '/assets/dexieStores-b.js' },
        injectTo: 'head',
      },
    ]);
    expect(preloadTags(bundle, '/app/')[0]!.attrs!.href).toBe('/app/assets/dexieStores-b.js');
  });
});
