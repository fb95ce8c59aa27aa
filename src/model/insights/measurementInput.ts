/**
 * The KPI feed's input rules, shared by `POST …/measurements` and
 * `journey kpi import`: every item is checked before anything is written, and
 * each bad one is named with the reason.
 */
import type { Measurement } from '../types';

export type MeasurementCheck =
  | { readonly ok: true; readonly measurement: Measurement }
  | { readonly ok: false; readonly reason: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Whether `text` is an RFC 3339 full-date of the calendar (no 2026-02-30). */
export function isFullDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function checkDate(date: unknown): string | null {
  if (typeof date !== 'string') return 'date is missing (YYYY-MM-DD)';
  if (!isFullDate(date)) return `date ${JSON.stringify(date)} is not a date (YYYY-MM-DD)`;
  return null;
}

/** A JSON item `{ "date": "YYYY-MM-DD", "value": n }`. */
export function checkMeasurementItem(item: unknown): MeasurementCheck {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return { ok: false, reason: 'must be an object { "date": "YYYY-MM-DD", "value": n }' };
  const { date, value, ...rest } = item as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) return { ok: false, reason: `unknown field ${JSON.stringify(extra[0])}` };
  const dateProblem = checkDate(date);
  if (dateProblem) return { ok: false, reason: dateProblem };
  if (typeof value !== 'number' || !Number.isFinite(value))
    return {
      ok: false,
      reason: `value ${JSON.stringify(value) ?? 'undefined'} is not a finite number`,
    };
  return { ok: true, measurement: { date: date as string, value } };
}

/** The `date` and `value` cells of a CSV row (value with a decimal point). */
export function checkMeasurementCells(date: string, value: string): MeasurementCheck {
  const dateProblem = checkDate(date.trim());
  if (dateProblem) return { ok: false, reason: dateProblem };
  const text = value.trim();
  if (!NUMBER.test(text)) {
    const hint = /^[+-]?\d+,\d+$/.test(text) ? ' (use a decimal point)' : '';
    return { ok: false, reason: `value ${JSON.stringify(value)} is not a number${hint}` };
  }
  const n = Number(text);
  if (!Number.isFinite(n))
    return { ok: false, reason: `value ${JSON.stringify(value)} is not a finite number` };
  return { ok: true, measurement: { date: date.trim(), value: n } };
}
