/**
 * The KPI feed's write on a live room (insights.ts): the measurements are a doc-layer
 * command run on the room's document, committed before the caller answers. Runs where
 * the map's room lives: the relay thread, or the room's worker (shardWorker.ts).
 */
import { DocError, addMeasurements, isMapDoc } from '../src/doc';
import type { Measurement } from '../src/model/types';
import type { CommitQueue } from './commit';
import type { Peer } from './room';
import type { RoomManager } from './rooms';
import { RoomsFullError } from './rooms';

export type FeedItem = Measurement & { readonly cardId: string };

export type FeedResult =
  | { readonly kind: 'ok' }
  | { readonly kind: 'not-map' | 'busy' | 'storage-failed' }
  | { readonly kind: 'doc-error'; readonly code: string; readonly message: string };

/** The relay as the sender of its own changes (never a member of a room). */
const FEED_PEER: Peer = {
  id: -1,
  role: 'admin',
  awarenessIds: new Set(),
  send() {},
  reject() {},
  cork() {},
  uncork() {},
};

export async function applyFeed(
  rooms: RoomManager,
  commits: CommitQueue,
  mapId: string,
  items: readonly FeedItem[],
): Promise<FeedResult> {
  let room;
  try {
    room = await rooms.acquire(mapId);
  } catch (err) {
    if (err instanceof RoomsFullError) return { kind: 'busy' };
    throw err;
  }
  if (!isMapDoc(room.doc)) return { kind: 'not-map' };
  const failedBefore = room.failedCommits;
  try {
    room.applyOwnChange((doc) => addMeasurements(doc, items), FEED_PEER);
  } catch (err) {
    if (err instanceof DocError) return { kind: 'doc-error', code: err.code, message: err.message };
    throw err;
  }
  await commits.drain(); // stored (and forwarded) before the answer
  return room.failedCommits !== failedBefore ? { kind: 'storage-failed' } : { kind: 'ok' };
}
