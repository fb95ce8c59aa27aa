/**
 * openRoom: connect a doc to a relay room and wait until it is synced, failing fast
 * with a typed reason. For one-shot clients (the `journey` CLI, scripts), not the app.
 */
import type * as Y from 'yjs';
import { connectRelay } from './connectRelay';
import type { RelayOptions, SyncConnection } from './connectRelay';
import type { SyncError } from './status';

export class RelayUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RelayUnreachableError';
  }
}

export class RelayRefusedError extends Error {
  constructor(
    readonly reason: SyncError,
    message: string,
  ) {
    super(message);
    this.name = 'RelayRefusedError';
  }
}

export interface OpenRoomOptions extends RelayOptions {
  /** give up after this long without a sync (default 15 s) */
  readonly timeoutMs?: number;
  /** give up after this many attempts that closed before syncing (default 3) */
  readonly maxAttempts?: number;
}

/** Resolves with a synced connection; rejects with RelayRefusedError or RelayUnreachableError. */
export function openRoom(doc: Y.Doc, options: OpenRoomOptions): Promise<SyncConnection> {
  const conn = connectRelay(doc, options);
  const maxAttempts = options.maxAttempts ?? 3;
  return new Promise<SyncConnection>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        fail(
          new RelayUnreachableError(
            `no answer from ${options.relayUrl} within ${options.timeoutMs ?? 15_000} ms`,
          ),
        ),
      options.timeoutMs ?? 15_000,
    );
    const unsubscribe = conn.status.subscribe(check);
    function check(): void {
      const s = conn.status.getState();
      if (s.error)
        fail(new RelayRefusedError(s.error, `the relay refused the connection (${s.error})`));
      else if (s.status === 'synced') done();
      else if (s.failedAttempts >= maxAttempts)
        fail(new RelayUnreachableError(`cannot reach the relay at ${options.relayUrl}`));
    }
    function done(): void {
      clearTimeout(timer);
      unsubscribe();
      resolve(conn);
    }
    function fail(error: Error): void {
      clearTimeout(timer);
      unsubscribe();
      conn.destroy();
      reject(error);
    }
    check();
  });
}
