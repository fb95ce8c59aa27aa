import { describe, expect, it } from 'vitest';
import { createSink, formatIssues } from '../validation';
import {
  array,
  enumOf,
  integer,
  literal,
  named,
  number,
  object,
  optional,
  string,
  toJsonSchema,
} from './index';
import type { Schema } from './index';

function run<T>(schema: Schema<T>, value: unknown): string[] {
  const sink = createSink();
  const ok = schema.check(value, [], sink);
  expect(ok).toBe(sink.errors.length === 0);
  return formatIssues(sink.errors);
}

describe('schema DSL', () => {
  it('checks string length in code points, like JSON Schema does', () => {
    const s = string({ min: 1, max: 3 });
    expect(run(s, '😀😀😀')).toEqual([]); // 6 UTF-16 units, 3 code points
    expect(run(s, '😀😀😀😀')).toEqual(['is 4 characters long; at most 3 are allowed']);
    expect(run(s, '')).toEqual(['must not be empty']);
    expect(run(s, 'a\u0000')).toEqual(['contains a NUL character, which is not allowed in text']);
  });

  it('checks formats beyond the pattern: real dates, times and language tags', () => {
    expect(run(string({ format: 'date' }), '2028-02-29')).toEqual([]);
    expect(run(string({ format: 'date' }), '2100-02-29')).toEqual([
      '"2100-02-29" is not a date (YYYY-MM-DD): 2100-02 has no day 29',
    ]);
    expect(run(string({ format: 'date-time' }), '2026-11-22T10:15:00.5+01:00')).toEqual([]);
    expect(run(string({ format: 'date-time' }), '2026-11-22T24:00:00Z')).toEqual([
      '"2026-11-22T24:00:00Z" is not a date-time (RFC 3339): there is no time 24:00:00',
    ]);
    for (const tag of ['de', 'de-CH', 'zh-Hant-TW', 'en-US-x-twain', 'sr-Latn-RS', 'x-klingon']) {
      expect(run(string({ format: 'bcp47' }), tag)).toEqual([]);
    }
    for (const tag of ['de_DE', 'e', 'de-', 'toolongtag1', 'de-1', 'x']) {
      expect(run(string({ format: 'bcp47' }), tag)).toHaveLength(1);
    }
  });

  it('checks numbers: finite, whole for integers, in range', () => {
    expect(run(number(), NaN)).toEqual(['must be a finite number, got NaN']);
    expect(run(integer({ min: 0 }), -1)).toEqual(['must be an integer of at least 0, got -1']);
    expect(run(integer({ max: 5 }), 2.5)).toEqual(['must be a whole number, got 2.5']);
    expect(run(number({ min: 1, max: 2 }), 1.5)).toEqual([]);
    expect(run(number(), '1')).toEqual(['must be a number, got a string']);
  });

  it('checks literals, enums and arrays item by item', () => {
    expect(run(literal(1), 2)).toEqual(['must be 1, got 2']);
    expect(run(enumOf(['a', 'b'] as const), 'c')).toEqual(['must be one of "a", "b"; got "c"']);
    expect(run(array(integer(), { max: 3 }), [1, 'x', 3])).toEqual([
      '[1]: must be an integer, got a string',
    ]);
    expect(run(array(integer(), { min: 1 }), [])).toEqual(['has 0 entries; at least 1 is needed']);
  });

  it('checks objects: required, optional, unknown and x- properties', () => {
    const s = object({ a: integer(), b: optional(string()) });
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
    const point = named('Point', object({ x: number(), y: optional(number({ min: 0 })) }));
    const doc = toJsonSchema(object({ points: array(point, { max: 9 }) }), {
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
