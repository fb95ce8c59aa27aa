import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { germanParts, withoutGerman } from './vitePlugin';

const SAMPLE = `import { defineMessages } from '../i18n';
export const a = defineMessages({
  en: { hello: 'Hello', 'card.count': '{count, plural, one {# card} other {# cards}}' },
  de: {
    hello: 'Hallo',
    'card.count': \`{count, plural, one {# Karte} other {# Karten}}\`,
  },
});
const computed = 'x';
export const b = defineMessages({ en: { x: 'X' }, de: { [computed]: 'Y' } });
export const c = defineMessages({ en: { bye: 'Bye' }, de: { bye: 'Tschüss' } });
`;

describe('splitting the German catalogs out of a build', () => {
  it('finds each catalog of plain texts, and leaves the others inline', () => {
    const parts = germanParts('/src/x/messages.ts', SAMPLE, 'x/messages.ts');
    expect(parts.map((p) => [p.key, p.texts])).toEqual([
      [
        'x/messages.ts#0',
        { hello: 'Hallo', 'card.count': '{count, plural, one {# Karte} other {# Karten}}' },
      ],
      ['x/messages.ts#1', { bye: 'Tschüss' }],
    ]);
  });

  it('replaces them by german catalogs and keeps every line where it was', () => {
    const parts = germanParts('/src/x/messages.ts', SAMPLE, 'x/messages.ts');
    const out = withoutGerman(SAMPLE, parts, '/src/i18n/german.ts');
    expect(out).not.toContain('Hallo');
    expect(out).not.toContain('Tschüss');
    expect(out).toContain("de: { [computed]: 'Y' }");
    expect(out).toContain('en: { bye: \'Bye\' }, de: __jbGerman("x/messages.ts#1")');
    const lines = out.split('\n');
    expect(lines.indexOf("const computed = 'x';")).toBe(
      SAMPLE.split('\n').indexOf("const computed = 'x';"),
    );
    expect(lines.at(-2)).toBe('import { germanCatalog as __jbGerman } from "/src/i18n/german.ts";');
  });

  it('finds every German catalog of the real sources that the key check knows', () => {
    const file = fileURLToPath(new URL('../ui/sync/messages.ts', import.meta.url));
    const parts = germanParts(file, readFileSync(file, 'utf8'), 'ui/sync/messages.ts');
    expect(parts).toHaveLength(1);
    expect(parts[0]!.texts.offline).toBe('Offline');
    expect(Object.keys(parts[0]!.texts).length).toBeGreaterThan(10);
  });
});
