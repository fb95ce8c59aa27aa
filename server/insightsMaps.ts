/**
 * The maps behind `GET /api/insights` and `GET /api/insights/maps`: which rooms a token
 * may open, and each room as format v1 — cached per room, keyed by the room's last
 * stored sequence number (one `heads()` query per request tells which rooms changed).
 * A request over 300 unchanged maps therefore builds no document at all; a changed map
 * is read again from storage.
 *
 * The answers themselves are memoised per kind and scope, keyed by the same heads
 * (and the catalog's version, which moves when a map is trashed or restored).
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { exportMap, isMapDoc } from '../src/doc';
import type { JourneyMap } from '../src/model/types';
import { readToken } from './auth';
import type { Grant, TokenCheck } from './auth';
import type { RelayCatalog } from './catalog/catalog';
import type { CommitQueue } from './commit';
import type { RoomManager } from './rooms';
import type { RelayStore } from './store/types';

export interface MapReadContext {
  readonly storage: RelayStore;
  readonly rooms: RoomManager;
  readonly commits: CommitQueue;
  readonly tokens: TokenCheck;
  readonly log: Logger;
  /** the team catalog: trashed maps are left out of insights */
  readonly catalog?: RelayCatalog;
  /**
   * Resolves once everything accepted so far is committed, in every thread that commits
   * (the relay thread and its room workers, shards.ts); default: `commits.drain()`.
   */
  readonly settle?: () => Promise<void>;
}

interface Cached {
  readonly seq: number;
  readonly map: JourneyMap | null;
}

/** One relay's cache (per RelayStore, so several relays in one process keep theirs apart). */
interface RelayCache {
  readonly maps: Map<string, Cached>;
  /** answer text per `<kind>|<scope>`, with the fingerprint it was built for */
  readonly answers: Map<string, { readonly key: string; readonly text: string }>;
}

const caches = new WeakMap<RelayStore, RelayCache>();

function cacheOf(storage: RelayStore): RelayCache {
  let cache = caches.get(storage);
  if (!cache) {
    cache = { maps: new Map(), answers: new Map() };
    caches.set(storage, cache);
  }
  return cache;
}

/** The grant of a request's token: admin and workspace tokens all maps, a map link its map. */
export function grantOf(ctx: MapReadContext, token: string | null): Promise<Grant | null> {
  return readToken(ctx.tokens, token);
}

/** The rooms a grant may open with their last sequence numbers (trashed maps left out). */
export async function openableHeads(
  ctx: MapReadContext,
  grant: Grant,
): Promise<Map<string, number>> {
  // storage equals memory for the rooms read below, the workers' rooms included
  await (ctx.settle ? ctx.settle() : ctx.commits.drain());
  const heads = await ctx.storage.heads();
  const out = new Map<string, number>();
  for (const [id, seq] of heads) {
    if (grant.scope === 'map' && grant.mapId !== id) continue;
    if (ctx.catalog?.get(id)?.trashed) continue;
    out.set(id, seq);
  }
  return out;
}

/**
 * A room as format v1, read from storage — not from a live room, which on several
 * relays (PostgreSQL) may not have applied another relay's rows up to the head yet;
 * the stored rows up to the head are the truth the cache key names.
 */
async function buildMap(ctx: MapReadContext, id: string, head: number): Promise<Cached> {
  const doc = new Y.Doc();
  try {
    const stored = await ctx.storage.load(id);
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    // keyed by what was read (a commit may have landed since the heads were read)
    return { seq: stored.lastSeq, map: isMapDoc(doc) ? exportMap(doc) : null };
  } catch (err) {
    ctx.log.error({ room: id, err }, 'insights: stored room does not load; left out');
    return { seq: head, map: null };
  } finally {
    doc.destroy();
  }
}

/** The maps of `heads` as format v1 (rooms holding no map left out), from the cache when unchanged. */
export async function mapsOf(
  ctx: MapReadContext,
  heads: ReadonlyMap<string, number>,
): Promise<JourneyMap[]> {
  const cache = cacheOf(ctx.storage).maps;
  const maps: JourneyMap[] = [];
  for (const [id, seq] of heads) {
    let hit = cache.get(id);
    if (hit?.seq !== seq) {
      hit = await buildMap(ctx, id, seq);
      cache.set(id, hit);
    }
    if (hit.map) maps.push(hit.map);
  }
  // rooms that are gone (deleted) leave the cache when the relay no longer has them
  if (cache.size > heads.size * 2 + 64) {
    const all = await ctx.storage.heads();
    for (const id of [...cache.keys()]) if (!all.has(id)) cache.delete(id);
  }
  return maps;
}

/**
 * The answer text for `name` (a report kind, or "maps") over `heads`, built by `build`
 * only when the maps or the catalog changed since the last answer for the same scope.
 */
export async function memoAnswer(
  ctx: MapReadContext,
  name: string,
  grant: Grant,
  heads: ReadonlyMap<string, number>,
  build: (maps: JourneyMap[]) => unknown,
): Promise<string> {
  const answers = cacheOf(ctx.storage).answers;
  const slot = `${name}|${grant.scope === 'map' ? `m:${grant.mapId}` : 'all'}`;
  let key = `${ctx.catalog?.version ?? 0}`;
  for (const [id, seq] of heads) key += `|${id}:${seq}`;
  // overdue and status rules read today's date: a new day is a new answer
  key += `|${new Date().toISOString().slice(0, 10)}`;
  const memo = answers.get(slot);
  if (memo?.key === key) return memo.text;
  const text = JSON.stringify(build(await mapsOf(ctx, heads)));
  answers.set(slot, { key, text });
  return text;
}
