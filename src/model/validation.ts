/**
 * Validation of format v1 at trust boundaries (file import, CLI, relay input).
 * A file that breaks any rule is refused whole; the errors name every violation
 * by JSON path, the first `MAX_ERRORS` at most.
 */
import { journeyMapSchema } from './formatSchema';
import { checkMapRules } from './mapRules';
import { isRecord } from './schema';
import type { IssueSink, PathSegment } from './schema';
import type { JourneyMap } from './types';

/** One violation: `{ path: 'cards[12].phaseId', message: 'no phase "p9"' }`. */
export interface ValidationError {
  /** JSON path like `cards[12].phaseId`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly map: JourneyMap }
  | {
      readonly ok: false;
      readonly errors: readonly ValidationError[];
      /** true when there were more than `MAX_ERRORS` violations */
      readonly truncated: boolean;
    };

export const MAX_ERRORS = 50;
export const SUPPORTED_FORMAT_VERSION = 1;

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** Writes a path as `cards[12].phaseId` (odd keys as `["a b"]`). */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/**
 * A sink that keeps the first `limit` violations. It accepts one more than it
 * shows, so `truncated` is true exactly when some violation was left out.
 */
export function createSink(limit = MAX_ERRORS): IssueSink & {
  readonly errors: ValidationError[];
  readonly truncated: boolean;
} {
  const found: ValidationError[] = [];
  return {
    get errors() {
      return found.slice(0, limit);
    },
    get truncated() {
      return found.length > limit;
    },
    get full() {
      return found.length > limit;
    },
    add(path, message) {
      if (found.length <= limit) found.push({ path: formatPath(path), message });
    },
  };
}

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
