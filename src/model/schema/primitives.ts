/**
 * Leaf and list combinators of the schema DSL. Each pairs a run-time check with
 * the equivalent JSON Schema keywords; where JSON Schema cannot say a rule
 * (finite numbers, real calendar dates) the run-time check is stricter.
 */
import { describeValue, show } from './core';
import type { JsonSchemaNode, Schema } from './core';
import { FORMATS } from './formats';
import type { StringFormat } from './formats';

/** Counts Unicode code points, as JSON Schema's minLength/maxLength do. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a high surrogate followed by a low one is one code point
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Strings without NUL: expressed as a pattern when no other pattern applies. */
const NO_NUL_PATTERN = '^[^\\u0000]*$';

export interface StringOptions {
  readonly min?: number;
  readonly max?: number;
  /** ECMA-262 regular expression source, anchored by the author. */
  readonly pattern?: string;
  /** How to describe a pattern mismatch to a person ("an id of A-Z a-z 0-9 _ -"). */
  readonly patternHint?: string;
  readonly format?: StringFormat;
}

/** A string: length in code points, optional pattern or format; never a NUL. */
export function string(options: StringOptions = {}): Schema<string> {
  const { min, max, pattern, patternHint, format } = options;
  const regex = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  const fmt = format === undefined ? undefined : FORMATS[format];
  return {
    expected: 'a string',
    check(value, path, sink) {
      if (typeof value !== 'string') {
        sink.add(path, `must be a string, got ${describeValue(value)}`);
        return false;
      }
      if (value.includes('\u0000')) {
        sink.add(path, 'contains a NUL character, which is not allowed in text');
        return false;
      }
      // code points <= UTF-16 length, so the count is needed only near the limits
      if (min !== undefined && value.length < min * 2 && codePoints(value) < min) {
        sink.add(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters long`);
        return false;
      }
      if (max !== undefined && value.length > max) {
        const n = codePoints(value);
        if (n > max) {
          sink.add(path, `is ${n} characters long; at most ${max} are allowed`);
          return false;
        }
      }
      if (regex !== undefined && !regex.test(value)) {
        sink.add(path, `${show(value)} is not ${patternHint ?? `matching ${pattern}`}`);
        return false;
      }
      if (fmt !== undefined) {
        const problem = fmt.check(value);
        if (problem !== null) {
          sink.add(path, `${show(value)} is not ${fmt.noun}: ${problem}`);
          return false;
        }
      }
      return true;
    },
    toJson() {
      const node: Record<string, unknown> = { type: 'string' };
      if (min !== undefined) node.minLength = min;
      if (max !== undefined) node.maxLength = max;
      if (fmt?.jsonFormat !== undefined) node.format = fmt.jsonFormat;
      node.pattern = pattern ?? fmt?.pattern ?? NO_NUL_PATTERN;
      return node;
    },
  };
}

interface NumberOptions {
  readonly min?: number;
  readonly max?: number;
}

function numeric(integer: boolean, { min, max }: NumberOptions): Schema<number> {
  const noun = integer ? 'an integer' : 'a number';
  return {
    expected: noun,
    check(value, path, sink) {
      if (typeof value !== 'number') {
        sink.add(path, `must be ${noun}, got ${describeValue(value)}`);
        return false;
      }
      if (!Number.isFinite(value)) {
        sink.add(path, `must be a finite number, got ${String(value)}`);
        return false;
      }
      if (integer && !Number.isInteger(value)) {
        sink.add(path, `must be a whole number, got ${value}`);
        return false;
      }
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        const range =
          min !== undefined && max !== undefined
            ? `from ${min} to ${max}`
            : min !== undefined
              ? `of at least ${min}`
              : `of at most ${String(max)}`;
        sink.add(path, `must be ${noun} ${range}, got ${value}`);
        return false;
      }
      return true;
    },
    toJson() {
      const node: Record<string, unknown> = { type: integer ? 'integer' : 'number' };
      if (min !== undefined) node.minimum = min;
      if (max !== undefined) node.maximum = max;
      return node;
    },
  };
}

/** A whole number (JSON Schema `integer`), optionally within [min, max]. */
export function integer(options: NumberOptions = {}): Schema<number> {
  return numeric(true, options);
}

/** A finite number, optionally within [min, max]. */
export function number(options: NumberOptions = {}): Schema<number> {
  return numeric(false, options);
}

/** Exactly one value (JSON Schema `const`). */
export function literal<const T extends string | number | boolean>(expected: T): Schema<T> {
  return {
    expected: show(expected),
    check(value, path, sink) {
      if (value === expected) return true;
      sink.add(path, `must be ${show(expected)}, got ${show(value)}`);
      return false;
    },
    toJson: () => ({ const: expected }),
  };
}

/** One of a fixed list of strings (JSON Schema `enum`). */
export function enumOf<const T extends string>(values: readonly T[]): Schema<T> {
  const allowed = new Set<string>(values);
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return {
    expected: `one of ${list}`,
    check(value, path, sink) {
      if (typeof value === 'string' && allowed.has(value)) return true;
      sink.add(path, `must be one of ${list}; got ${show(value)}`);
      return false;
    },
    toJson: () => ({ type: 'string', enum: [...values] }),
  };
}

interface ArrayOptions {
  readonly min?: number;
  readonly max?: number;
}

/** A list of items; every item is checked and reported by its index. */
export function array<T>(item: Schema<T>, { min, max }: ArrayOptions = {}): Schema<readonly T[]> {
  return {
    expected: 'a list',
    check(value, path, sink) {
      if (!Array.isArray(value)) {
        sink.add(path, `must be a list, got ${describeValue(value)}`);
        return false;
      }
      if (min !== undefined && value.length < min) {
        sink.add(
          path,
          `has ${value.length} entries; at least ${min} ${min === 1 ? 'is' : 'are'} needed`,
        );
        return false;
      }
      if (max !== undefined && value.length > max) {
        sink.add(path, `has ${value.length} entries; at most ${max} are allowed`);
        return false;
      }
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        if (sink.full) return false;
        ok = item.check(value[i], [...path, i], sink) && ok;
      }
      return ok;
    },
    toJson(ctx) {
      const node: Record<string, unknown> = { type: 'array', items: item.toJson(ctx) };
      if (min !== undefined) node.minItems = min;
      if (max !== undefined) node.maxItems = max;
      return node as JsonSchemaNode;
    },
  };
}
