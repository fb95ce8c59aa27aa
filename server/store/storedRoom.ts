/** What both stores (SQLite, PostgreSQL) make of a room's stored rows. */
import type { StoredRoom } from './types';

/** A Buffer's bytes as a plain Uint8Array over the same memory (no copy). */
export const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** A room's rows (seq order) as a StoredRoom: its updates, last seq, size and state vector. */
export function storedRoom(
  rows: readonly { seq: number; data: Buffer; sv?: Buffer | null }[],
): StoredRoom {
  let bytes = 0;
  const updates = rows.map((r) => {
    bytes += r.data.byteLength;
    return view(r.data);
  });
  const only = rows.length === 1 ? rows[0]! : null;
  return {
    updates,
    lastSeq: rows.length ? rows[rows.length - 1]!.seq : 0,
    bytes,
    stateVector: only?.sv ? view(only.sv) : null,
  };
}
