import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatJsonSchema, SCHEMA_FILE } from './formatSchema';
import { matchesJsonSchema } from './schema/jsonSchemaSubset.testkit';
import { validateMap } from './validation';
import { loadFixture } from './fixtures.testkit';

const schemaPath = fileURLToPath(new URL(`../../${SCHEMA_FILE}`, import.meta.url));
const generated = `${JSON.stringify(formatJsonSchema(), null, 2)}\n`;

describe('published JSON Schema', () => {
  // Regenerate with: UPDATE_SCHEMA=1 npx vitest run src/model/formatSchema.test.ts
  it('equals the schema the validator runs (the committed file is up to date)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaPath, generated);
    const committed = readFileSync(schemaPath, 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(generated));
  });

  it('is draft 2020-12 with all definitions it refers to', () => {
    const schema = formatJsonSchema() as { $schema: string; $defs: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const refs = [...generated.matchAll(/"\$ref": "#\/\$defs\/(\w+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(Object.keys(schema.$defs)).toContain(ref);
  });

  // The two outputs must agree: run the emitted JSON Schema with a small
  // interpreter and compare its verdict with the runtime validator's.
  const variants: [string, (m: Record<string, unknown>) => void][] = [
    ['unchanged', () => {}],
    ['title too long', (m) => (m.title = 'x'.repeat(201))],
    ['unknown property', (m) => (m.colour = 'red')],
    ['extension property', (m) => (m['x-tool'] = { any: ['json'] })],
    ['score out of range', (m) => (cards(m)[17]!.score = 4)],
    ['negative votes', (m) => (cards(m)[0]!.votes = -1)],
    ['bad color', (m) => (cards(m)[0]!.color = 'red')],
    ['bad id', (m) => (cards(m)[0]!.id = 'has space')],
    ['unknown lane type', (m) => ((m.lanes as Record<string, unknown>[])[0]!.type = 'swimlane')],
    ['no phases', (m) => (m.phases = [])],
    ['wrong kind', (m) => (m.kind = 'board')],
    ['bad language', (m) => (m.language = 'de_DE')],
    ['float votes', (m) => (cards(m)[0]!.votes = 1.5)],
  ];
  function cards(m: Record<string, unknown>): Record<string, unknown>[] {
    return m.cards as Record<string, unknown>[];
  }
  for (const [name, mutate] of variants) {
    it(`agrees with the runtime validator: ${name}`, () => {
      const map = loadFixture('kfz-versicherung');
      mutate(map);
      const structural = matchesJsonSchema(formatJsonSchema(), map);
      expect(structural).toBe(validateMap(map).ok);
    });
  }
});
