/**
 * Guards that commands run before writing, so bad values are refused with a
 * DocError instead of reaching the shared document. Every value that ends up in
 * an export is checked with the format's own schema pieces (model/formatSchema),
 * so a command accepts exactly what a file may hold: one source of truth.
 */
import { FORMAT_LIMITS, formatParts } from '../model/formatSchema';
import { propSchema } from '../model/schema';
import type { ObjectSchema, Props, PropType, Schema } from '../model/schema';
import { LANE_FIELDS } from '../model/types';
import type { LaneField, LaneType } from '../model/types';
import { createSink } from '../model/issueSink';
import { invalid } from './errors';

export { formatParts as parts };

/**
 * Checks `value` with a schema of the format and returns it typed; otherwise a
 * DocError that names the field and the first problem
 * (`due: "2026-02-30" is not a date (YYYY-MM-DD): 2026-02 has no day 30`).
 */
export function checkWith<T>(schema: Schema<T>, label: string, value: unknown): T {
  const sink = createSink(1);
  if (schema.check(value, [], sink)) return value as T;
  const first = sink.errors[0];
  const where =
    first === undefined || first.path === ''
      ? label
      : first.path.startsWith('[')
        ? `${label}${first.path}`
        : `${label}.${first.path}`;
  throw invalid(`${where}: ${first?.message ?? 'is not valid'}`);
}

/** Checks one property of a format object (`checkProp(parts.card, 'color', v)`). */
export function checkProp<P extends Props, K extends keyof P & string>(
  shape: ObjectSchema<P>,
  key: K,
  value: unknown,
  label: string = key,
): PropType<P[K]> {
  return checkWith(propSchema(shape, key), label, value);
}

/** Refuses keys of a command input that the command does not know. */
export function checkKeys(what: string, input: object, allowed: readonly string[]): void {
  for (const key of Object.keys(input)) {
    if (!allowed.includes(key)) throw invalid(`"${key}" is not a field of ${what}`);
  }
}

/** A string of `min`…`max` characters without NUL (for command arguments outside the format). */
export function checkString(what: string, value: unknown, min: number, max: number): string {
  if (typeof value !== 'string') throw invalid(`${what} must be a string`);
  if (value.length < min || value.length > max) {
    throw invalid(`${what} must have ${min}–${max} characters`);
  }
  if (value.includes('\u0000')) throw invalid(`${what} must not contain NUL`);
  return value;
}

/** An integer in [min, max] (for command arguments outside the format). */
export function checkInt(what: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${what} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** A format v1 id. */
export function checkId(what: string, value: unknown): string {
  return checkWith(formatParts.id, what, value);
}

/** Refuse a lane-specific field on a card of another lane type. */
export function checkFieldAllowed(field: LaneField, laneType: LaneType): void {
  if (LANE_FIELDS[field] !== laneType) {
    throw invalid(`${field} belongs to ${LANE_FIELDS[field]} lanes, not ${laneType}`);
  }
}

/** The collections format v1 limits, and what a user reads when one is full. */
export type LimitedCollection = 'phases' | 'lanes' | 'cards' | 'actions';

/** Refuses adding `adding` entries when `count` already reaches the format's limit. */
export function checkRoom(collection: LimitedCollection, count: number, adding = 1): void {
  const max = FORMAT_LIMITS[collection];
  if (count + adding > max) {
    throw invalid(
      `a map holds at most ${max.toLocaleString('en')} ${collection}; this one has ${count.toLocaleString('en')}`,
    );
  }
}
