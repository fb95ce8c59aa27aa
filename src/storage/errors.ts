/**
 * Storage failures are typed and carry a code, so the UI can say what went wrong
 * (and whether retrying helps) instead of a blank map appearing to "work".
 */
export type StorageErrorCode =
  'load-failed' | 'write-failed' | 'quota' | 'not-found' | 'exists' | 'unavailable';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Wraps any thrown value as a StorageError of `code`, keeping quota errors recognisable. */
export function toStorageError(code: StorageErrorCode, error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name =
    error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)
      ? (error as Error).name
      : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError')
    return new StorageError('quota', `Storage is full: ${detail}`, { cause: error });
  return new StorageError(code, detail || code, { cause: error });
}
