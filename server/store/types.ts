/**
 * The relay's storage, as the rest of the relay sees it: async, so one process can use
 * the embedded SQLite file (sqlite.ts, the default) or a PostgreSQL that several relays
 * share (postgres.ts, DATABASE_URL). Both pass the one contract in contract.ts.
 *
 * The rules every implementation keeps:
 * - `appendBatch` resolves only once its rows are committed (durable as the backend
 *   promises); the relay forwards nothing before that. On failure it rejects and wrote
 *   nothing.
 * - Sequence numbers are PER ROOM and follow the commit order of that room: a row
 *   committed after another row of the same room has a higher seq, and a reader that has
 *   seen everything up to N finds every later row with `readSince(room, N)`.
 * - `compact` replaces rows up to `upToSeq` by one row with a HIGHER seq than every row
 *   of the room, so a reader catching up by seq still finds their content.
 */
import type { CatalogRow } from '../../src/model/catalogRow';
export interface StoredRoom {
  readonly updates: Uint8Array[];
  /** highest sequence number among the rows (0 for a room without rows) */
  readonly lastSeq: number;
  readonly bytes: number;
  /**
   * The document's state vector when the room is ONE compacted row that recorded it:
   * then that row is the whole document and can be served without decoding it.
   */
  readonly stateVector: Uint8Array | null;
}

export interface NewRow {
  readonly room: string;
  readonly data: Uint8Array;
}

export interface LogRow {
  readonly seq: number;
  readonly data: Uint8Array;
}

/** The update log of every room. */
export interface UpdateLog {
  /** All stored rows of a room, oldest first. */
  load(room: string): Promise<StoredRoom>;
  /** Rows of `room` with a seq above `afterSeq`, in seq order (catching up). */
  readSince(room: string, afterSeq: number): Promise<LogRow[]>;
  /**
   * Appends rows of any rooms in ONE transaction; resolves with their seqs (in the order
   * given) once committed, rejects having written nothing.
   */
  appendBatch(rows: readonly NewRow[]): Promise<number[]>;
  /**
   * Replaces the rows up to `upToSeq` by `merged` (the document those rows make, whose
   * state vector is `stateVector`), atomically. Resolves with the new row's seq.
   */
  compact(
    room: string,
    merged: Uint8Array,
    stateVector: Uint8Array,
    upToSeq: number,
  ): Promise<number>;
  /** Ids of every room with stored rows, sorted. */
  roomIds(): Promise<string[]>;
  /** Whether a room has stored rows. */
  hasRoom(room: string): Promise<boolean>;
  /** Every stored room with its highest sequence number (the catalog's staleness check). */
  heads(): Promise<Map<string, number>>;
}

/**
 * The key under which the generation of WORKSPACE links is kept in the LinkStore (not a
 * valid map id, so no map shares it); bumping it announces a 'revoke' of this key.
 */
export const WORKSPACE_LINKS = '~workspace';

/** Share-link generations: links carry one and die when it moves on. */
export interface LinkStore {
  generation(room: string): Promise<number>;
  /** Revokes every share link of a map; resolves with the new generation. */
  bumpGeneration(room: string): Promise<number>;
}

/**
 * One issued share link, as the share dialog lists it (#16). The token itself is never
 * stored: it carries `id`, and a link whose record says revoked is refused.
 */
export interface ShareLinkRecord {
  /** random, carried in the token (`i`) */
  readonly id: string;
  readonly role: string;
  readonly scope: 'map' | 'workspace';
  /** the map of a map link; null for a workspace link */
  readonly room: string | null;
  /** the map's (or the workspace's) link generation it was made in */
  readonly generation: number;
  /** ms since the epoch */
  readonly createdAt: number;
  readonly expiresAt: number | null;
  readonly revokedAt: number | null;
}

/** The list of issued links and their one-by-one revocation. */
export interface ShareLinkLog {
  recordLink(link: ShareLinkRecord): Promise<void>;
  /** links of one map (`room`), or the workspace links (`null`), oldest first */
  listLinks(room: string | null): Promise<ShareLinkRecord[]>;
  /**
   * Marks one link revoked (announced to the other relays as a 'revoke' of
   * `~link:<id>`); resolves with its record, null when there is no such link.
   */
  revokeLink(id: string, at: number): Promise<ShareLinkRecord | null>;
  /** whether the link with this id was revoked (unknown ids are not) */
  linkRevoked(id: string): Promise<boolean>;
}

/** The bus 'revoke' key of one link. */
export const LINK_REVOKE_PREFIX = '~link:';

/** What other relays on the same database did (never this relay's own doings). */
export type BusEvent =
  /** `rows`: the rows it announces, when they fit the notification (else read by seq) */
  | {
      readonly kind: 'commit';
      readonly room: string;
      readonly seq: number;
      readonly rows?: readonly LogRow[];
    }
  /** rows up to `upTo` were merged into row `seq` (a relay that has them skips it) */
  | {
      readonly kind: 'compacted';
      readonly room: string;
      readonly seq: number;
      readonly upTo: number;
    }
  | { readonly kind: 'awareness'; readonly room: string; readonly update: Uint8Array }
  | { readonly kind: 'revoke'; readonly room: string }
  /** the catalog row the committing relay derived, as of the room's seq `seq` (catalog.ts) */
  | {
      readonly kind: 'catalog';
      readonly room: string;
      readonly seq: number;
      readonly row: CatalogRow | null;
    }
  /** the link to the others was lost and is back: events may have been missed */
  | { readonly kind: 'resync' };

/**
 * Between relays that share a database. Commits and revocations are announced by the
 * store itself, after they are committed; presence is published by the rooms.
 */
export interface RelayBus {
  /** this relay's id on the bus (its room workers announce under it too) */
  readonly id: string;
  subscribe(listener: (event: BusEvent) => void): void;
  publishAwareness(room: string, update: Uint8Array): void;
  /** the catalog row derived here after this relay's commits (the others adopt it) */
  publishCatalog?(room: string, seq: number, row: CatalogRow | null): void;
}

export interface RelayStore extends UpdateLog, LinkStore, ShareLinkLog {
  /** `sqlite` (one relay per DATA_DIR) or `postgres` (any number of relays) */
  readonly kind: 'sqlite' | 'postgres';
  /** present when other relays may share this storage */
  readonly bus: RelayBus | null;
  /** the maps' trash flags, when several relays share them (PostgreSQL) */
  readonly trash?: SharedTrash;
  /** Creates tables and connections; call once before anything else. */
  open(): Promise<void>;
  /** A read that proves the database answers; rejects when it does not. */
  check(): Promise<void>;
  close(): Promise<void>;
}

/** Trash flags kept where every relay reads them (the catalog's own store keeps them else). */
export interface SharedTrash {
  /** every map in the trash, with when it went there (ISO time) */
  list(): Promise<Map<string, string>>;
  set(room: string, trashed: boolean, at: string): Promise<void>;
}
