/**
 * What a first visit of a map waits for (issue 18): one production build in a
 * temporary folder (bench/bundle.ts's buildApp), then the sources of the initial
 * chunks (entry, modulepreloads and their static imports) from the source maps.
 * The parts moved off the board's first load must stay out of it — and must still
 * be in the build (a lazy chunk), so a rename cannot make this pass by accident.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, initialScripts, staticClosure, type AppBuild } from './bundle';

/** Source paths (relative to the repository) of the given chunk files, from their maps. */
function sourcesOf(dir: string, files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const file of files) {
    const map = join(dir, `${file.replace(/^\//, '')}.map`);
    if (!existsSync(map)) continue;
    const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
    for (const s of sources) out.add(s.replace(/^(\.\.\/)+/, ''));
  }
  return out;
}

const has = (sources: Set<string>, suffix: string) => [...sources].some((s) => s.endsWith(suffix));

// loaded on use or right after the board's first paint, never before it
const LAZY = [
  'src/ui/export/ExportMenu.tsx',
  'src/ui/conflicts/ConflictsButton.tsx',
  'src/storage/localMaps.ts',
  'src/doc/import.ts',
  'src/model/validation.ts',
  'src/model/mapRules.ts',
  'src/model/templates.ts',
  'src/ui/files/FileDropZone.tsx',
  'src/ui/files/reportMessages.ts',
  'src/ui/board/personaPicture.ts',
  'src/ui/board/shortcutList.ts',
  'src/ui/board/boardKeys.ts',
  'src/app/CatalogMapLinks.tsx',
  'src/ui/home/useCatalog.ts',
  // the live workshop: loaded once the page is idle after the first paint (LazyWorkshopProvider.tsx)
  'src/ui/workshop/WorkshopContext.tsx',
  'src/doc/workshop/state.ts',
  'src/model/workshop/presence.ts',
  'src/model/workshop/voting.ts',
  'src/sync/presence/peers.ts',
  'src/sync/presence/clock.ts',
  'src/ui/sync/shareMessages.ts',
];
// library parts the board never uses, replaced in the browser build (vite.config.ts)
const REPLACED = [
  ['node_modules/d3-color/', 'src/app/d3ColorShim.ts'],
  ['node_modules/lib0/logging.js', 'src/app/lib0LoggingShim.ts'],
  ['node_modules/lib0/schema.js', 'src/app/lib0LoggingShim.ts'],
] as const;
// kept out by marking React's wrappers pure: React Flow's unused components
const UNUSED_XYFLOW = ['react-flow__background', 'react-flow__resize-control'];

describe('the initial chunks of a production build', () => {
  let build: AppBuild;
  let initial: Set<string>;
  let all: Set<string>;
  let initialCode: string;

  beforeAll(() => {
    build = buildApp(() => {});
    const html = readFileSync(join(build.dir, 'index.html'), 'utf8');
    const manifest = readFileSync(join(build.dir, '.vite/manifest.json'), 'utf8');
    const urls = [...new Set([...initialScripts(html), ...staticClosure(manifest)])];
    initial = sourcesOf(build.dir, urls);
    const chunks = readdirSync(join(build.dir, 'assets')).filter((f) => f.endsWith('.js'));
    all = sourcesOf(
      build.dir,
      chunks.map((f) => `/assets/${f}`),
    );
    initialCode = urls
      .map((u) => readFileSync(join(build.dir, u.replace(/^\//, '')), 'utf8'))
      .join('\n');
  }, 180_000);
  afterAll(() => build?.remove());

  it('hold the board itself (and what the shims stand beside)', () => {
    for (const part of [
      'src/canvas/Board.tsx',
      'src/app/openMap.ts',
      'src/doc/snapshot.ts',
      // the facilitator's locks hold from the first paint
      'src/doc/workshop/lockState.ts',
    ])
      expect(has(initial, part), part).toBe(true);
    for (const lib of ['node_modules/d3-interpolate/', 'node_modules/yjs/', 'node_modules/lib0/'])
      expect(
        [...initial].some((s) => s.includes(lib)),
        lib,
      ).toBe(true);
  });

  it.each(LAZY)('leave out %s, which a lazy chunk holds', (part) => {
    expect(has(all, part), `${part} is in no chunk at all`).toBe(true);
    expect(has(initial, part), `${part} is in the first load`).toBe(false);
  });

  it.each(REPLACED)('hold no %s (replaced by %s)', (library, shim) => {
    expect([...all].some((s) => s.includes(library))).toBe(false);
    expect(has(initial, shim)).toBe(true);
  });

  it("drop React Flow's components the board does not render", () => {
    for (const name of UNUSED_XYFLOW) expect(initialCode.includes(name), name).toBe(false);
    // a component the board does render stays, so the check above can fail
    expect(initialCode.includes('react-flow__controls')).toBe(true);
  });
});
