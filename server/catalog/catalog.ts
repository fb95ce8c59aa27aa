/**
 * The relay's team repository in memory: every stored map's catalog row, kept in step
 * with the documents. A commit only marks its rooms (a Set insert, after the updates
 * went out); DEBOUNCE_MS later the marked rooms are derived one at a time by a Deriver —
 * in the relay a worker thread that reads the room from SQLite and builds its row, so
 * the event loop that forwards edits does none of that work. Each room is derived at
 * most once per ROOM_GAP_MS: a change shows up in the list within about a second. At
 * start, rows that are missing or older than their room's last stored update are
 * derived again.
 *
 * Persistence goes through CatalogStore (SQLite today); reads are served from memory.
 *
 * Several relays on one PostgreSQL: the relay that committed a change derives the row and
 * publishes it on the bus (`publish`); the others take it as it is (`adopted`) instead of
 * each loading the room and deriving it again. A relay that hears of another's commit
 * (`touchedRemotely`) derives the row itself only when no row at least that new came
 * within REMOTE_GRACE_MS (the committing relay died, or the row did not fit a notification).
 */
import type { Logger } from 'pino';
import type { CatalogRow } from '../../src/model/catalogRow';
import type { Deriver } from './deriver';
import type { CatalogStore, RelayCatalogRow } from './store';
import type { SharedTrash } from '../store/types';

export interface CatalogDeps {
  readonly store: CatalogStore;
  readonly deriver: Deriver;
  /** every stored room and its highest sequence number */
  heads(): Promise<Map<string, number>> | Map<string, number>;
  /**
   * Where the workspace links' generation lives when not in `store` (several relays on
   * PostgreSQL: the shared RelayStore, so every relay agrees on it).
   */
  readonly workspaceLinks?: {
    generation(): Promise<number>;
    bump(): Promise<number>;
  };
  /** where the trash flags live when several relays share them (PostgreSQL): the truth */
  readonly sharedTrash?: SharedTrash;
  readonly log: Logger;
  /** set to false to switch derivation off (the fan-out benchmark's "before") */
  readonly enabled?: boolean;
  /** several relays: tells the others the row derived here (they adopt it, see above) */
  readonly publish?: (id: string, seq: number, row: CatalogRow | null) => void;
  /** counts rows taken in: derived here, or adopted from another relay (metrics) */
  readonly onRow?: (source: 'derived' | 'adopted') => void;
}

const DEBOUNCE_MS = 250;
const ROOM_GAP_MS = 750;
/** how long a relay waits for the row of another relay's commit before deriving it itself */
export const REMOTE_GRACE_MS = 3000;

export class RelayCatalog {
  private readonly rows = new Map<string, RelayCatalogRow>();
  private readonly dirty = new Set<string>();
  private readonly lastDerived = new Map<string, number>();
  private readonly failures = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  /** a derivation is running (one at a time) */
  private busy = false;
  private workspaceGen = 0;
  private closed = false;
  /** bumped whenever a row changes: the list's ETag */
  private revision = 1;
  /** writes in flight, so close() can wait for them */
  private writes: Promise<unknown> = Promise.resolve();
  /** rooms other relays committed to: the seq heard, and since when no row that new came */
  private readonly awaited = new Map<string, { seq: number; since: number }>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly deps: CatalogDeps) {}

  get version(): number {
    return this.revision;
  }

  /** the workspace generation as last read or bumped here (SQLite: the only truth) */
  get workspaceGeneration(): number {
    return this.workspaceGen;
  }

  /** The current workspace generation, read where it is kept (PostgreSQL: shared). */
  async currentWorkspaceGeneration(): Promise<number> {
    if (this.deps.workspaceLinks) this.workspaceGen = await this.deps.workspaceLinks.generation();
    return this.workspaceGen;
  }

  /** Loads rows and the workspace generation; queues missing and stale rows for rebuilding. */
  async start(): Promise<void> {
    this.workspaceGen = await (this.deps.workspaceLinks?.generation() ??
      this.deps.store.workspaceGeneration());
    for (const row of await this.deps.store.list()) this.rows.set(row.id, row);
    if (this.deps.enabled === false) return;
    const heads = await this.deps.heads();
    let stale = 0;
    for (const [id, seq] of heads) {
      const row = this.rows.get(id);
      if (!row || row.seq < seq) {
        this.dirty.add(id);
        stale++;
      }
    }
    for (const id of [...this.rows.keys()]) {
      if (!heads.has(id)) this.drop(id);
    }
    if (stale > 0)
      this.deps.log.info({ rooms: stale }, 'catalog: rebuilding missing or stale rows');
    this.schedule(0);
  }

  /** Rooms whose documents changed (called after each commit). */
  readonly touched = (roomIds: readonly string[]): void => {
    if (this.closed || this.deps.enabled === false) return;
    for (const id of roomIds) this.dirty.add(id);
    this.schedule(DEBOUNCE_MS);
  };

  /** Another relay committed rows of `id` up to `seq`: it publishes the row; see the top. */
  readonly touchedRemotely = (id: string, seq: number): void => {
    if (this.closed || this.deps.enabled === false) return;
    if ((this.rows.get(id)?.seq ?? -1) >= seq) return;
    const waiting = this.awaited.get(id);
    if (waiting) waiting.seq = Math.max(waiting.seq, seq);
    else this.awaited.set(id, { seq, since: Date.now() });
    this.sweeper ??= setInterval(this.sweep, REMOTE_GRACE_MS / 3);
    this.sweeper.unref();
  };

  /** The row another relay derived after its commit (its seq: the room's head it read). */
  adopted(id: string, seq: number, row: CatalogRow | null): void {
    if (this.closed || this.deps.enabled === false) return;
    const waiting = this.awaited.get(id);
    if (waiting && seq >= waiting.seq) this.awaited.delete(id);
    else if (waiting) waiting.since = Date.now(); // progress: the newer row is on its way
    if ((this.rows.get(id)?.seq ?? -1) >= seq) return;
    this.deps.onRow?.('adopted');
    this.apply(id, row, seq);
  }

  /** Rows whose commits were heard of but never published in time: derived here. */
  private readonly sweep = (): void => {
    const late = Date.now() - REMOTE_GRACE_MS;
    for (const [id, w] of this.awaited)
      if (w.since <= late) {
        this.awaited.delete(id);
        this.dirty.add(id);
      }
    if (this.awaited.size === 0 && this.sweeper) {
      clearInterval(this.sweeper);
      this.sweeper = null;
    }
    this.schedule(0);
  };

  /** Events of other relays may have been missed (bus `resync`): stale rows are derived. */
  async resynced(): Promise<void> {
    if (this.closed || this.deps.enabled === false) return;
    for (const [id, seq] of await this.deps.heads())
      if ((this.rows.get(id)?.seq ?? -1) < seq) this.dirty.add(id);
    this.schedule(0);
  }

  list(): RelayCatalogRow[] {
    return [...this.rows.values()];
  }

  get(id: string): RelayCatalogRow | undefined {
    return this.rows.get(id);
  }

  /** Moves a map to the trash or back; false when the catalog has no such map. */
  async setTrashed(id: string, trashed: boolean): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row) return false;
    const at = new Date().toISOString();
    const next: RelayCatalogRow = { ...row, trashed };
    if (trashed) (next as { trashedAt?: string }).trashedAt = at;
    else delete (next as { trashedAt?: string }).trashedAt;
    await this.deps.sharedTrash?.set(id, trashed, at);
    this.rows.set(id, next);
    this.revision++;
    await this.deps.store.setTrashed(id, trashed, at);
    return true;
  }

  /** Takes the shared trash flags (every relay's trash and restore); no-op without them. */
  async syncTrash(): Promise<void> {
    if (!this.deps.sharedTrash) return;
    const trash = await this.deps.sharedTrash.list();
    for (const row of this.rows.values()) {
      const at = trash.get(row.id);
      if (row.trashed === (at !== undefined) && row.trashedAt === at) continue;
      const { trashedAt: _old, ...rest } = row;
      this.rows.set(row.id, {
        ...rest,
        trashed: at !== undefined,
        ...(at ? { trashedAt: at } : {}),
      });
      this.revision++;
    }
  }

  async bumpWorkspaceGeneration(): Promise<number> {
    this.workspaceGen = await (this.deps.workspaceLinks?.bump() ??
      this.deps.store.bumpWorkspaceGeneration());
    this.revision++;
    return this.workspaceGen;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    await this.writes.catch(() => undefined);
    await this.deps.deriver.close().catch(() => undefined);
    await this.deps.store.close();
  }

  private schedule(delay: number): void {
    if (this.timer || this.busy || this.closed || this.dirty.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.next();
    }, delay);
    this.timer.unref();
  }

  /** Derives the next dirty room whose gap has passed; then schedules the one after. */
  private async next(): Promise<void> {
    if (this.closed || this.busy) return;
    const now = Date.now();
    let wait = Infinity;
    let id: string | null = null;
    for (const candidate of this.dirty) {
      const since = now - (this.lastDerived.get(candidate) ?? 0);
      if (since >= ROOM_GAP_MS) {
        id = candidate;
        break;
      }
      wait = Math.min(wait, ROOM_GAP_MS - since);
    }
    if (id === null) {
      if (wait !== Infinity) this.schedule(wait);
      return;
    }
    this.dirty.delete(id);
    this.lastDerived.set(id, now);
    this.busy = true;
    try {
      const { row, seq } = await this.deps.deriver.derive(id);
      this.failures.delete(id);
      if (!this.closed && (this.rows.get(id)?.seq ?? -1) <= seq) {
        this.deps.onRow?.('derived');
        const waiting = this.awaited.get(id);
        if (waiting && seq >= waiting.seq) this.awaited.delete(id);
        this.apply(id, row, seq);
        this.deps.publish?.(id, seq, row);
      }
    } catch (err) {
      if (!this.closed) {
        const tries = (this.failures.get(id) ?? 0) + 1;
        this.failures.set(id, tries);
        // tried again (e.g. a worker that died mid-way), but not forever
        if (tries < 3) this.dirty.add(id);
        this.deps.log.warn({ room: id, err, tries }, 'catalog: room could not be derived');
      }
    } finally {
      this.busy = false;
    }
    this.schedule(0);
  }

  private apply(id: string, derived: CatalogRow | null, seq: number): void {
    if (!derived) {
      if (this.rows.has(id)) this.drop(id);
      return;
    }
    const old = this.rows.get(id);
    const row: RelayCatalogRow = {
      ...derived,
      seq,
      trashed: old?.trashed ?? false,
      ...(old?.trashedAt ? { trashedAt: old.trashedAt } : {}),
    };
    if (!old || JSON.stringify({ ...old, seq }) !== JSON.stringify(row)) this.revision++;
    this.rows.set(id, row);
    this.persist(this.deps.store.upsert(row), id);
  }

  private drop(id: string): void {
    this.rows.delete(id);
    this.revision++;
    this.persist(this.deps.store.remove(id), id);
  }

  private persist(write: Promise<void>, id: string): void {
    this.writes = Promise.all([
      this.writes,
      write.catch((err: unknown) =>
        this.deps.log.error({ room: id, err }, 'catalog: row could not be stored'),
      ),
    ]);
  }
}

/** The fields of a row `GET /api/maps` promises (interfaces.md) plus the rest of the catalog. */
export function publicRow(row: RelayCatalogRow): Omit<RelayCatalogRow, 'seq'> {
  const { seq: _seq, ...rest } = row;
  return rest;
}
