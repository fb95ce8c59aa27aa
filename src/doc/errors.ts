/** Why a command refused to run. The document is left untouched in every case. */
export type DocErrorCode = 'not-found' | 'invalid' | 'locked';

/**
 * Thrown by document commands for unknown ids or invalid values. Commands check
 * before they write, so a DocError never leaves a half-applied change behind.
 */
export class DocError extends Error {
  readonly code: DocErrorCode;

  constructor(code: DocErrorCode, message: string) {
    super(message);
    this.name = 'DocError';
    this.code = code;
  }
}

/** Shorthand for a `not-found` error about one entity. */
export function notFound(kind: string, id: string): DocError {
  return new DocError('not-found', `${kind} "${id}" does not exist`);
}

/** Shorthand for an `invalid` error. */
export function invalid(message: string): DocError {
  return new DocError('invalid', message);
}
