/**
 * Where schema checks put what they find: violations named by JSON path, the first
 * `limit` kept. Used by whole-map validation (validation.ts) and by the commands'
 * guards (src/doc/checks.ts), which need nothing else of it.
 */
import type { IssueSink, PathSegment } from './schema';

/** One violation: `{ path: 'cards[12].phaseId', message: 'no phase "p9"' }`. */
export interface ValidationError {
  /** JSON path like `cards[12].phaseId`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export const MAX_ERRORS = 50;

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
