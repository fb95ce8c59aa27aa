/**
 * The rooms in memory: loaded on first join (before the first sync answer: a socket
 * joins its room once the stored document is read), compacted in the background,
 * unloaded a while after the last peer left, and capped at MAX_ROOMS. What other
 * relays on the same database do (the bus) reaches the loaded rooms here.
 */
import type { Logger } from 'pino';
import type { CommitQueue } from './commit';
import type { RelayLimits } from './config';
import type { RelayMetrics } from './metrics';
import { Room } from './room';
import type { BusEvent, RelayBus, RelayStore } from './store/types';

export class RoomsFullError extends Error {}

const SWEEP_EVERY_MS = 250;
/**
 * Work per sweep. Rooms reach COMPACT_AFTER_UPDATES together when their clients edit at
 * the same pace (300 rooms at once in the capacity benchmark): compacting them all in one
 * go stalled the relay for seconds. A sweep stops after this long; the next one goes on.
 */
const SWEEP_BUDGET_MS = 8;

export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly timer: NodeJS.Timeout;
  private sweeping: Promise<void> | null = null;
  /** share links of a map were revoked on another relay */
  onRemoteRevoke: (mapId: string) => void = () => {};

  constructor(
    private readonly deps: {
      storage: RelayStore;
      bus?: RelayBus | null;
      metrics: RelayMetrics;
      log: Logger;
      maxDocBytes: number;
      limits: RelayLimits;
      commits: CommitQueue;
    },
  ) {
    // one sweep does both chores: compact busy rooms, unload idle ones — a little at a time
    const every = Math.max(50, Math.min(SWEEP_EVERY_MS, Math.floor(deps.limits.roomIdleMs / 2)));
    this.timer = setInterval(() => void this.sweep(), every);
    this.timer.unref();
    deps.bus?.subscribe(this.onBus);
  }

  private readonly onBus = (event: BusEvent): void => {
    switch (event.kind) {
      case 'commit':
        this.rooms.get(event.room)?.remote.announced(event.seq, event.rows);
        return;
      case 'compacted':
        this.rooms.get(event.room)?.remote.compacted(event.seq, event.upTo);
        return;
      case 'awareness':
        this.rooms.get(event.room)?.applyRemoteAwareness(event.update);
        return;
      case 'revoke':
        this.onRemoteRevoke(event.room);
        return;
      case 'resync':
        for (const room of this.rooms.values()) room.remote.catchUp();
        return;
    }
  };

  get size(): number {
    return this.rooms.size;
  }

  get(id: string): Room | undefined {
    return this.rooms.get(id);
  }

  /** The room, loaded if needed. Rejects with RoomsFullError when no slot can be freed. */
  async acquire(id: string): Promise<Room> {
    const existing = this.rooms.get(id);
    if (existing && !existing.broken) return existing;
    if (existing) {
      this.rooms.delete(id);
      existing.destroy();
    }
    const loading = this.loading.get(id);
    if (loading) return loading;
    if (this.rooms.size + this.loading.size >= this.deps.limits.maxRooms && !this.evictOneIdle()) {
      throw new RoomsFullError(`${this.rooms.size} rooms in memory`);
    }
    const load = this.load(id);
    this.loading.set(id, load);
    try {
      return await load;
    } finally {
      this.loading.delete(id);
    }
  }

  private async load(id: string): Promise<Room> {
    const started = performance.now();
    const room = await Room.open(id, this.deps);
    this.rooms.set(id, room);
    this.deps.log.info(
      {
        room: id,
        rows: room.storedRows,
        bytes: room.storedBytes,
        // false: served from the compacted row; the Y.Doc is built when first needed
        doc: room.docLoaded,
        ms: Math.round(performance.now() - started),
      },
      'room loaded',
    );
    return room;
  }

  /** Drops a room from memory, compacting it first (if needed). */
  async unload(room: Room): Promise<void> {
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
    try {
      await room.compact();
    } catch (err) {
      this.deps.log.error(
        { room: room.id, err },
        'compaction on unload failed; rows stay as they are',
      );
    }
    room.destroy();
    this.deps.log.info({ room: room.id }, 'room unloaded');
  }

  /** Every room, for shutdown and revocation. */
  all(): Room[] {
    return [...this.rooms.values()];
  }

  /** Unloads the idle room that was idle longest; false when every room has peers. */
  evictOneIdle(): boolean {
    let oldest: Room | undefined;
    for (const r of this.rooms.values()) {
      if (r.peers.size === 0 && (!oldest || r.lastActive < oldest.lastActive)) oldest = r;
    }
    if (!oldest) return false;
    void this.unload(oldest);
    return true;
  }

  /** One round of background work (one at a time; a call during a round waits for it). */
  sweep(now = Date.now()): Promise<void> {
    this.sweeping ??= this.sweepNow(now).finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async sweepNow(now: number): Promise<void> {
    const deadline = performance.now() + SWEEP_BUDGET_MS;
    for (const room of this.all()) {
      if (performance.now() > deadline) return;
      if (room.peers.size === 0 && now - room.lastActive >= this.deps.limits.roomIdleMs) {
        await this.unload(room);
      } else if (room.storedRows >= this.deps.limits.compactAfterUpdates) {
        try {
          await room.compact();
        } catch (err) {
          this.deps.metrics.storageErrors.inc();
          this.deps.log.error({ room: room.id, err }, 'compaction failed; will retry');
        }
      }
    }
  }

  /** Compacts and unloads everything (shutdown). */
  async closeAll(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
    await this.deps.commits.drain();
    await Promise.all(this.all().map((room) => this.unload(room)));
  }
}
