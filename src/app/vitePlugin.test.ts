// Pages other than a map opened from a link preload the database chunk, so its request
// does not wait for the entry to run (issue 18: the cold open's waterfall).
import { describe, expect, it } from 'vitest';
import { preloadHrefs } from './vitePlugin';
import { bootTags } from './bootPlugin';

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
  'assets/boot-d.js': {
    type: 'chunk',
    fileName: 'assets/boot-d.js',
    facadeModuleId: '/r/src/boot.ts',
  },
  'assets/x.css': { type: 'asset', fileName: 'assets/x.css' },
};

describe('the open preload plugin', () => {
  it('preloads the chunk of dexieStores.ts and nothing else', () => {
    expect(preloadHrefs(bundle, '/')).toEqual(['/assets/dexieStores-b.js']);
    expect(preloadHrefs(bundle, '/app/')).toEqual(['/app/assets/dexieStores-b.js']);
  });

  it('names the boot chunk first in the head, async, with the preloads on its tag', () => {
    expect(bootTags(bundle, '/')).toEqual([
      {
        tag: 'script',
        attrs: {
          type: 'module',
          async: true,
          crossorigin: true,
          src: '/assets/boot-d.js',
          'data-preload': '/assets/dexieStores-b.js',
        },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
