import { describe, expect, it } from 'vitest';
import { createSink, formatIssues } from '../validation';
import * as dsl from './index';

function run<T>(schema: dsl.Schema<T>, value: unknown): string[] {
  const sink = createSink();
  const ok = schema.check(value, [], sink);
  expect(ok).toBe(sink.errors.length === 0);
  return formatIssues(sink.errors);
}

describe('schema DSL', () => {
  it('checks string length in code points, like JSON Schema does', () => {
    const s = dsl.string({ min: 1, max: 3 });
    expect(run(s, '😀😀😀')).toEqual([]); // 6 UTF-16 units, 3 code points
    expect(run(s, '😀😀😀😀')).toEqual(['is 4 characters long; at most 3 are allowed']);
    expect(run(s, '')).toEqual(['must not be empty']);
    expect(run(s, 'a\u0000')).toEqual(['contains a NUL character, which is not allowed in text']);
  });

  it('checks formats beyond the pattern: real dates, times and language tags', () => {
    expect(run(dsl.string({ format: 'date' }), '2028-02-29')).toEqual([]);
    expect(run(dsl.string({ format: 'date' }), '2100-02-29')).toEqual([
      '"2100-02-29" is not a date (YYYY-MM-DD): 2100-02 has no day 29',
    ]);
    expect(run(dsl.string({ format: 'date-time' }), '2026-11-22T10:15:00.5+01:00')).toEqual([]);
    expect(run(dsl.string({ format: 'date-time' }), '2026-11-22T24:00:00Z')).toEqual([
      '"2026-11-22T24:00:00Z" is not a date-time (RFC 3339): there is no time 24:00:00',
    ]);
    for (const tag of ['de', 'de-CH', 'zh-Hant-TW', 'en-US-x-twain', 'sr-Latn-RS', 'x-klingon']) {
      expect(run(dsl.string({ format: 'bcp47' }), tag)).toEqual([]);
    }
    for (const tag of ['de_DE', 'e', 'de-', 'toolongtag1', 'de-1', 'x']) {
      expect(run(dsl.string({ format: 'bcp47' }), tag)).toHaveLength(1);
    }
  });

  it('checks numbers: finite, whole for integers, in range', () => {
    expect(run(dsl.number(), NaN)).toEqual(['must be a finite number, got NaN']);
    expect(run(dsl.integer({ min: 0 }), -1)).toEqual(['must be an integer of at least 0, got -1']);
    expect(run(dsl.integer({ max: 5 }), 2.5)).toEqual(['must be a whole number, got 2.5']);
    expect(run(dsl.number({ min: 1, max: 2 }), 1.5)).toEqual([]);
    expect(run(dsl.number(), '1')).toEqual(['must be a number, got a string']);
  });

  it('checks literals, enums and arrays item by item', () => {
    expect(run(dsl.literal(1), 2)).toEqual(['must be 1, got 2']);
    expect(run(dsl.enumOf(['a', 'b'] as const), 'c')).toEqual(['must be one of "a", "b"; got "c"']);
    expect(run(dsl.array(dsl.integer(), { max: 3 }), [1, 'x', 3])).toEqual([
      '[1]: must be an integer, got a string',
    ]);
    expect(run(dsl.array(dsl.integer(), { min: 1 }), [])).toEqual([
      'has 0 entries; at least 1 is needed',
    ]);
  });

  it('checks objects: required, optional, unknown and x- properties', () => {
    const s = dsl.object({ a: dsl.integer(), b: dsl.optional(dsl.string()) });
    expect(run(s, { a: 1 })).toEqual([]);
    expect(run(s, { b: 'x', c: 1, 'x-c': { deep: [1, null] } })).toEqual([
      'c: is not a known property (only "x-" extensions may be added)',
      'a: is required but missing',
    ]);
    expect(run(s, { a: 1, 'x-bad': [Infinity] })).toEqual([
      'x-bad[0]: must be a finite number, got Infinity',
    ]);
    expect(run(s, { a: 1, 'x-n': { 'k\u0000': 1 } })).toEqual([
      'x-n["k\\u0000"]: has a NUL character in its name, which is not allowed',
    ]);
    // a property named like Object.prototype members is just unknown, not special
    expect(run(s, JSON.parse('{"a":1,"__proto__":{}}'))).toEqual([
      '__proto__: is not a known property (only "x-" extensions may be added)',
    ]);
  });

  it('emits draft 2020-12 with named parts under $defs', () => {
    const point = dsl.named(
      'Point',
      dsl.object({ x: dsl.number(), y: dsl.optional(dsl.number({ min: 0 })) }),
    );
    const doc = dsl.toJsonSchema(dsl.object({ points: dsl.array(point, { max: 9 }) }), {
      id: 'urn:test',
      title: 'T',
    });
    expect(doc).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:test',
      title: 'T',
      type: 'object',
      properties: { points: { type: 'array', items: { $ref: '#/$defs/Point' }, maxItems: 9 } },
      required: ['points'],
      patternProperties: { '^x-': {} },
      additionalProperties: false,
      $defs: {
        Point: {
          type: 'object',
          properties: { x: { type: 'number' }, y: { type: 'number', minimum: 0 } },
          required: ['x'],
          patternProperties: { '^x-': {} },
          additionalProperties: false,
        },
      },
    });
  });
});
