/**
 * The rooms in memory: loaded on first join (synchronously, so the stored document
 * is there before the first sync answer), compacted in the background, unloaded a
 * while after the last peer left, and capped at MAX_ROOMS.
 */
import type { Logger } from 'pino';
import type { CommitQueue } from './commit';
import type { RelayLimits } from './config';
import type { RelayMetrics } from './metrics';
import { Room } from './room';
import type { RoomStorage } from './storage';

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
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly deps: {
      storage: RoomStorage;
      metrics: RelayMetrics;
      log: Logger;
      maxDocBytes: number;
      limits: RelayLimits;
      commits: CommitQueue;
    },
  ) {
    // one sweep does both chores: compact busy rooms, unload idle ones — a little at a time
    const every = Math.max(50, Math.min(SWEEP_EVERY_MS, Math.floor(deps.limits.roomIdleMs / 2)));
    this.timer = setInterval(() => this.sweep(), every);
    this.timer.unref();
  }

  get size(): number {
    return this.rooms.size;
  }

  get(id: string): Room | undefined {
    return this.rooms.get(id);
  }

  /** The room, loaded if needed. Throws RoomsFullError when no slot can be freed. */
  acquire(id: string): Room {
    const existing = this.rooms.get(id);
    if (existing) return existing;
    if (this.rooms.size >= this.deps.limits.maxRooms && !this.evictOneIdle()) {
      throw new RoomsFullError(`${this.rooms.size} rooms in memory`);
    }
    const started = performance.now();
    const room = new Room(id, this.deps);
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

  /** Compacts (if needed) and drops a room from memory. */
  unload(room: Room): void {
    try {
      room.compact();
    } catch (err) {
      this.deps.log.error(
        { room: room.id, err },
        'compaction on unload failed; rows stay as they are',
      );
    }
    room.destroy();
    this.rooms.delete(room.id);
    this.deps.log.info({ room: room.id }, 'room unloaded');
  }

  /** Every room, for shutdown and revocation. */
  all(): Room[] {
    return [...this.rooms.values()];
  }

  private evictOneIdle(): boolean {
    let oldest: Room | undefined;
    for (const r of this.rooms.values()) {
      if (r.peers.size === 0 && (!oldest || r.lastActive < oldest.lastActive)) oldest = r;
    }
    if (!oldest) return false;
    this.unload(oldest);
    return true;
  }

  sweep(now = Date.now()): void {
    const deadline = performance.now() + SWEEP_BUDGET_MS;
    for (const room of this.all()) {
      if (performance.now() > deadline) return;
      if (room.peers.size === 0 && now - room.lastActive >= this.deps.limits.roomIdleMs) {
        this.unload(room);
      } else if (room.storedRows >= this.deps.limits.compactAfterUpdates) {
        try {
          room.compact();
        } catch (err) {
          this.deps.metrics.storageErrors.inc();
          this.deps.log.error({ room: room.id, err }, 'compaction failed; will retry');
        }
      }
    }
  }

  /** Compacts and unloads everything (shutdown). */
  closeAll(): void {
    clearInterval(this.timer);
    this.deps.commits.flush();
    for (const room of this.all()) this.unload(room);
  }
}
