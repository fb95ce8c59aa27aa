/**
 * The rooms in memory: loaded on first join (synchronously, so the stored document
 * is there before the first sync answer), compacted in the background, unloaded a
 * while after the last peer left, and capped at MAX_ROOMS.
 */
import type { Logger } from 'pino';
import type { RelayLimits } from './config';
import type { RelayMetrics } from './metrics';
import { Room } from './room';
import type { RoomStorage } from './storage';

export class RoomsFullError extends Error {}

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
    },
  ) {
    // one sweep does both chores: compact busy rooms, unload idle ones
    const every = Math.max(50, Math.min(5_000, Math.floor(deps.limits.roomIdleMs / 2)));
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
    for (const room of this.all()) {
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
    for (const room of this.all()) this.unload(room);
  }
}
