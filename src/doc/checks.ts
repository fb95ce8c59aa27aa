/**
 * Guards that commands run before writing, so bad values are refused with a
 * DocError instead of reaching the shared document. Limits follow format v1.
 */
import { CHANNELS, LANE_FIELDS, LANE_TYPES } from '../model/types';
import type { Channel, Id, JsonValue, LaneField, LaneType } from '../model/types';
import { invalid } from './errors';

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const COLOR_RE = /^#[0-9a-fA-F]{6}$/;
const LANG_RE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** A string of `min`…`max` characters without NUL. */
export function checkString(what: string, value: unknown, min: number, max: number): string {
  if (typeof value !== 'string') throw invalid(`${what} must be a string`);
  if (value.length < min || value.length > max) {
    throw invalid(`${what} must have ${min}–${max} characters`);
  }
  if (value.includes('\u0000')) throw invalid(`${what} must not contain NUL`);
  return value;
}

/** A format v1 id. */
export function checkId(what: string, value: unknown): Id {
  if (typeof value !== 'string' || !ID_RE.test(value)) {
    throw invalid(`${what} must be 1–64 characters of A-Z a-z 0-9 _ -`);
  }
  return value;
}

/** An integer in [min, max]. */
export function checkInt(what: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${what} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** A finite number. */
export function checkNumber(what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw invalid(`${what} must be a finite number`);
  return value;
}

/** An RFC 3339 full-date (`2026-11-22`). */
export function checkDate(what: string, value: unknown): string {
  if (typeof value !== 'string' || !DATE_RE.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(`${what} must be a date like 2026-11-22`);
  }
  return value;
}

/** An RFC 3339 date-time. */
export function checkDateTime(what: string, value: unknown): string {
  if (typeof value !== 'string' || !DATETIME_RE.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(`${what} must be a date-time like 2026-11-22T10:15:00Z`);
  }
  return value;
}

/** `#rrggbb`. */
export function checkColor(value: unknown): string {
  if (typeof value !== 'string' || !COLOR_RE.test(value)) throw invalid('color must be #rrggbb');
  return value;
}

/** A BCP 47 language tag (shape only). */
export function checkLanguage(value: unknown): string {
  if (typeof value !== 'string' || !LANG_RE.test(value))
    throw invalid('language must be a BCP 47 tag');
  return value;
}

/** A tag list: ≤ 50 strings of 1–64 characters. */
export function checkTags(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > 50)
    throw invalid('tags must be a list of at most 50');
  return value.map((tag, i) => checkString(`tags[${i}]`, tag, 1, 64));
}

/** A known lane type. */
export function checkLaneType(value: unknown): LaneType {
  if (typeof value !== 'string' || !(LANE_TYPES as readonly string[]).includes(value)) {
    throw invalid(`unknown lane type "${String(value)}"`);
  }
  return value as LaneType;
}

/** A known channel. */
export function checkChannel(value: unknown): Channel {
  if (typeof value !== 'string' || !(CHANNELS as readonly string[]).includes(value)) {
    throw invalid(`unknown channel "${String(value)}"`);
  }
  return value as Channel;
}

/** Refuse a lane-specific field on a card of another lane type. */
export function checkFieldAllowed(field: LaneField, laneType: LaneType): void {
  if (LANE_FIELDS[field] !== laneType) {
    throw invalid(`${field} belongs to ${LANE_FIELDS[field]} lanes, not ${laneType}`);
  }
}

/** Plain JSON (for x- extension values); refuses functions, NaN, cycles. */
export function checkJson(what: string, value: unknown): JsonValue {
  try {
    const text = JSON.stringify(value);
    if (text === undefined) throw new Error('not JSON');
    return JSON.parse(text) as JsonValue;
  } catch {
    throw invalid(`${what} must be a JSON value`);
  }
}
