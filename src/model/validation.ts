/**
 * Validation of format v1 at trust boundaries (file import, CLI, relay input).
 * A file that breaks any rule is refused whole; the errors name every violation
 * by JSON path, the first `MAX_ERRORS` at most.
 */
import { journeyMapSchema } from './formatSchema';
import { checkMapRules } from './mapRules';
import { isRecord } from './schema';
import type { JourneyMap } from './types';
import { createSink, type ValidationError } from './issueSink';

// the sink lives on its own so commands' checks (src/doc/checks.ts) need no whole-map validation
export { createSink, formatPath, MAX_ERRORS, type ValidationError } from './issueSink';

export type ValidationResult =
  | { readonly ok: true; readonly map: JourneyMap }
  | {
      readonly ok: false;
      readonly errors: readonly ValidationError[];
      /** true when there were more than `MAX_ERRORS` violations */
      readonly truncated: boolean;
    };

export const SUPPORTED_FORMAT_VERSION = 1;

/**
 * Refuses files written by a newer Journeyboard with one clear message. Only a
 * whole number is a version; anything else (1.5) is simply invalid.
 */
function newerVersion(value: unknown): ValidationError | null {
  if (!isRecord(value) || value.format !== 'journeymap') return null;
  const version = value.formatVersion;
  if (!Number.isInteger(version) || !((version as number) > SUPPORTED_FORMAT_VERSION)) return null;
  return {
    path: 'formatVersion',
    message: `written by a newer Journeyboard: format version ${version}; this version reads ${SUPPORTED_FORMAT_VERSION}`,
  };
}

/**
 * Validates any value (parsed JSON or an in-memory object) against format v1,
 * maps and templates alike. Returns the value typed as a `JourneyMap` when it
 * is valid, else every violation (at most 50). `x-` extensions are kept as is.
 */
export function validateMap(value: unknown): ValidationResult {
  const newer = newerVersion(value);
  if (newer !== null) return { ok: false, errors: [newer], truncated: false };
  const sink = createSink();
  if (!isRecord(value)) {
    sink.add([], 'the file must hold a JSON object (a journey map)');
    return { ok: false, errors: sink.errors, truncated: false };
  }
  journeyMapSchema.check(value, [], sink);
  if (!sink.full) checkMapRules(value, sink);
  if (sink.errors.length > 0) return { ok: false, errors: sink.errors, truncated: sink.truncated };
  return { ok: true, map: value as unknown as JourneyMap };
}

/** Printable lines for a list of violations, one per error: `path: message`. */
export function formatIssues(errors: readonly ValidationError[], truncated = false): string[] {
  const lines = errors.map((e) => (e.path === '' ? e.message : `${e.path}: ${e.message}`));
  if (truncated) lines.push(`(only the first ${errors.length} problems are listed)`);
  return lines;
}
