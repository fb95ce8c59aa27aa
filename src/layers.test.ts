// The root README's layer table and eslint.config.js's layer rules say the same thing:
// both are parsed here, so neither can change without the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const OURS = [
  'model',
  'doc',
  'storage',
  'sync',
  'export',
  'i18n',
  'session',
  'canvas',
  'ui',
  'app',
  'cli',
];
/** README names for packages, and an import of each that the lint rule must catch. */
const PACKAGES: Record<string, string> = {
  React: 'react',
  Yjs: 'yjs',
  Dexie: 'dexie',
  zustand: 'zustand/vanilla',
};

interface Row {
  readonly mayImport: readonly string[];
  readonly forbiddenPackages: readonly string[];
  readonly noDomGlobals: boolean;
}

function self(folder: string): string {
  return folder.replace(/^src\//, '');
}

function readmeTable(): Map<string, Row> {
  const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const rows = new Map<string, Row>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const folder = /^`((?:src\/)?\w+)`$/.exec(cells[1] ?? '')?.[1];
    if (!folder || cells.length < 6 || folder === 'e2e' || folder === 'bench') continue;
    const [may = '', pkgs = ''] = [cells[3], cells[4]];
    const but = /^all but (.+)$/.exec(may);
    const mayImport =
      may === 'nothing of ours'
        ? []
        : but
          ? OURS.filter((f) => f !== self(folder) && !but[1]!.split(/,\s*|\s+and\s+/).includes(f))
          : may.split(/,\s*/);
    const [names = '', globals] = pkgs.split(';');
    rows.set(folder, {
      mayImport: [...mayImport].sort(),
      forbiddenPackages: names.split(/,\s*/).filter(Boolean).sort(),
      noDomGlobals: /no DOM globals/.test(globals ?? ''),
    });
  }
  return rows;
}

interface Pattern {
  readonly regex: string;
  readonly message: string;
}
interface ConfigBlock {
  readonly files?: readonly string[];
  readonly rules?: Record<string, unknown>;
}

const CONFIG_URL = new URL('../eslint.config.js', import.meta.url).href;
const config = ((await import(CONFIG_URL)) as { default: readonly ConfigBlock[] }).default;

function lintRules(folder: string): Row {
  const blocks = config.filter((b) => b.files?.some((f) => f.startsWith(`${folder}/`)));
  const patterns = blocks.flatMap((b) => {
    const rule = b.rules?.['no-restricted-imports'] as
      [string, { patterns: Pattern[] }] | undefined;
    return rule?.[1].patterns ?? [];
  });
  const forbiddenDirs = new Set(
    patterns.flatMap((p) => /may not import from (\w+)\//.exec(p.message)?.[1] ?? []),
  );
  const blocked = (spec: string) => patterns.some((p) => new RegExp(p.regex).test(spec));
  return {
    mayImport: OURS.filter((f) => f !== self(folder) && !forbiddenDirs.has(f)).sort(),
    forbiddenPackages: Object.keys(PACKAGES)
      .filter((name) => blocked(PACKAGES[name]!))
      .sort(),
    noDomGlobals: blocks.some((b) => b.rules?.['no-restricted-globals'] !== undefined),
  };
}

describe('README layer table', () => {
  const table = readmeTable();

  it('has a row for every layer folder', () => {
    expect([...table.keys()].sort()).toEqual(
      [...OURS.filter((f) => f !== 'cli').map((f) => `src/${f}`), 'src/cli', 'server'].sort(),
    );
  });

  it.each([...OURS.map((f) => `src/${f}`), 'server'])('%s: says what lint enforces', (folder) => {
    expect(table.get(folder)).toEqual(lintRules(folder));
  });
});
