/**
 * The core of our schema DSL: one description of a shape that yields both a
 * runtime validator (`check`) and a JSON Schema draft 2020-12 node (`toJson`),
 * so the published schema and the importer cannot drift apart.
 */
import type { Extensions } from '../types';

/** One step of a JSON path: a property name or an array index. */
export type PathSegment = string | number;

/** Collects violations; stops accepting once `full` (callers bail out early). */
export interface IssueSink {
  add(path: readonly PathSegment[], message: string): void;
  readonly full: boolean;
}

/** A JSON Schema node as plain JSON data. */
export type JsonSchemaNode = { readonly [key: string]: unknown };

/** Collects named definitions (`$defs`) while emitting a JSON Schema. */
export interface EmitContext {
  /** Emits `schema` once under `name` and returns the `$ref` node pointing at it. */
  define(name: string, emit: () => JsonSchemaNode): JsonSchemaNode;
}

/** A shape of type `T`: validates at run time and emits JSON Schema. */
export interface Schema<T> {
  /** Noun phrase for messages: "a string", "an integer". */
  readonly expected: string;
  /** Reports every violation under `path`; returns true when the value is valid. */
  check(value: unknown, path: PathSegment[], sink: IssueSink): boolean;
  toJson(ctx: EmitContext): JsonSchemaNode;
  /** Type carrier only; never set at run time. */
  readonly __type?: T;
}

/** The TypeScript type a schema describes. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Marks an object property as optional (see `object`). */
export interface Optional<T> {
  readonly optional: true;
  readonly schema: Schema<T>;
}

/** Wraps a property schema so the property may be absent. */
export function optional<T>(schema: Schema<T>): Optional<T> {
  return { optional: true, schema };
}

/** Names the JSON type of any value the way a person would ("a number", "null"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? 'a number' : `the non-finite number ${String(value)}`;
    case 'boolean':
      return `${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value} (not JSON)`;
  }
}

/** Quotes a value for an error message, shortening long strings. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(cut);
  }
  return typeof value === 'number' || typeof value === 'boolean' || value === null
    ? String(value)
    : describeValue(value);
}

/** Type guard for a plain (non-array, non-null) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds a JSON Schema `description` to any schema's output. */
export function withDoc<T>(schema: Schema<T>, description: string): Schema<T> {
  return {
    expected: schema.expected,
    check: (value, path, sink) => schema.check(value, path, sink),
    toJson: (ctx) => ({ ...schema.toJson(ctx), description }),
  };
}

/**
 * Gives a schema a name: the JSON Schema puts it under `$defs/<name>` and refers
 * to it by `$ref`, which keeps the published file readable.
 */
export function named<T>(name: string, schema: Schema<T>, description?: string): Schema<T> {
  return {
    expected: schema.expected,
    check: (value, path, sink) => schema.check(value, path, sink),
    toJson: (ctx) =>
      ctx.define(name, () => {
        const node = schema.toJson(ctx);
        return description === undefined ? node : { description, ...node };
      }),
  };
}

/** Extension values are JSON; this is how deep we follow them before giving up. */
const MAX_JSON_DEPTH = 64;

/** Checks that an extension value is plain JSON with finite numbers and no NUL. */
export function checkJsonValue(
  value: unknown,
  path: PathSegment[],
  sink: IssueSink,
  depth = 0,
): boolean {
  if (sink.full) return false;
  if (depth > MAX_JSON_DEPTH) {
    sink.add(path, `is nested more than ${MAX_JSON_DEPTH} levels deep`);
    return false;
  }
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return true;
    sink.add(path, `must be a finite number, got ${String(value)}`);
    return false;
  }
  if (typeof value === 'string') {
    if (!value.includes('\u0000')) return true;
    sink.add(path, 'contains a NUL character, which is not allowed in text');
    return false;
  }
  let ok = true;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      ok = checkJsonValue(item, [...path, i], sink, depth + 1) && ok;
    });
    return ok;
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) {
        sink.add([...path, key], 'has a NUL character in its name, which is not allowed');
        ok = false;
        continue;
      }
      ok = checkJsonValue(item, [...path, key], sink, depth + 1) && ok;
    }
    return ok;
  }
  sink.add(path, `must be a JSON value, got ${describeValue(value)}`);
  return false;
}

export type Props = { readonly [key: string]: Schema<unknown> | Optional<unknown> };
type OptionalKeys<P> = { [K in keyof P]: P[K] extends Optional<unknown> ? K : never }[keyof P];
type RequiredKeys<P> = Exclude<keyof P, OptionalKeys<P>>;
export type PropType<S> = S extends Optional<infer T> ? T : S extends Schema<infer T> ? T : never;
type Flatten<T> = { [K in keyof T]: T[K] } & unknown;

/** The type an `object(props)` schema describes: required, optional and `x-` props. */
export type InferObject<P> = Flatten<
  { readonly [K in RequiredKeys<P>]: PropType<P[K]> } & {
    readonly [K in OptionalKeys<P>]?: PropType<P[K]>;
  }
> &
  Extensions;

export const EXTENSION_PATTERN = '^x-';

/**
 * An object schema that also exposes its property schemas, so a command that
 * edits one field can check it with exactly the rule the file format uses.
 */
export interface ObjectSchema<P extends Props> extends Schema<InferObject<P>> {
  readonly props: P;
}

/** The schema of one property of an object schema (unwrapping `optional`). */
export function propSchema<P extends Props, K extends keyof P & string>(
  shape: ObjectSchema<P>,
  key: K,
): Schema<PropType<P[K]>> {
  const prop = shape.props[key] as Schema<unknown> | Optional<unknown>;
  return ('optional' in prop ? prop.schema : prop) as Schema<PropType<P[K]>>;
}

/**
 * An object with known properties. Properties named `x-…` are extensions and
 * allowed on every object (any JSON value); any other unknown property is an error.
 */
export function object<P extends Props>(props: P): ObjectSchema<P> {
  const entries = Object.entries(props).map(([key, prop]) =>
    'optional' in prop
      ? { key, schema: prop.schema, required: false }
      : { key, schema: prop, required: true },
  );
  const byKey = new Map<string, Schema<unknown>>(entries.map((e) => [e.key, e.schema]));
  return {
    props,
    expected: 'an object',
    check(value, path, sink) {
      if (!isRecord(value)) {
        sink.add(path, `must be an object, got ${describeValue(value)}`);
        return false;
      }
      let ok = true;
      // present properties in the file's own order, so errors read top to bottom
      for (const key of Object.keys(value)) {
        if (sink.full) return false;
        const known = byKey.get(key);
        if (known !== undefined) {
          if (value[key] !== undefined) ok = known.check(value[key], [...path, key], sink) && ok;
        } else if (key.startsWith('x-') && !key.includes('\u0000')) {
          ok = checkJsonValue(value[key], [...path, key], sink) && ok;
        } else {
          sink.add([...path, key], 'is not a known property (only "x-" extensions may be added)');
          ok = false;
        }
      }
      for (const { key, required } of entries) {
        if (sink.full) return false;
        if (required && (!Object.hasOwn(value, key) || value[key] === undefined)) {
          sink.add([...path, key], 'is required but missing');
          ok = false;
        }
      }
      return ok;
    },
    toJson(ctx) {
      const properties: Record<string, JsonSchemaNode> = {};
      for (const { key, schema } of entries) properties[key] = schema.toJson(ctx);
      return {
        type: 'object',
        properties,
        required: entries.filter((e) => e.required).map((e) => e.key),
        patternProperties: { [EXTENSION_PATTERN]: {} },
        additionalProperties: false,
      };
    },
  };
}
