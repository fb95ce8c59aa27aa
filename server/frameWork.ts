/**
 * What one frame costs a room: strict decode, the cheap pre-check of an update
 * (updateCost.ts), the room's handling, and the measured CPU time charged to the
 * connection's and the map's work budgets. Runs where the map's room lives: the relay
 * thread (connection.ts) or the room's worker (shardPeer.ts). Bad input and work over
 * budget close the peer (`peer.reject`); the room and everybody else carry on.
 */
import { canWrite } from './auth';
import { CloseCode } from './closeCodes';
import { TokenBucket } from './limits';
import type { RelayMetrics } from './metrics';
import { ProtocolError, parseMessage } from './protocol';
import type { ClientMessage } from './protocol';
import type { Peer } from './roomTypes';
import { StorageFailure } from './roomTypes';
import { countStructs } from './updateCost';
import { processCpu, type WorkClock } from './workClock';

/**
 * What applying one struct costs, estimated up front (decode + integrate of a 120,000-struct
 * frame: ~11 µs per struct on the 2-core test machine); the measured time is charged after.
 */
const MS_PER_STRUCT = 0.01;

export interface WorkBudget {
  readonly workMsPerSecond: number;
  readonly workMsBurst: number;
  readonly maxUpdateStructs: number;
}

/** What a frame needs from its room. */
export interface WorkRoom {
  handle(peer: Peer, msg: ClientMessage): void;
  /** the map's work budget, shared by its connections (null: unlimited) */
  readonly work: TokenBucket | null;
}

export class FrameWork {
  /** milliseconds of the relay's time this connection's frames may take (decode, apply) */
  private readonly work: TokenBucket;

  constructor(
    private readonly peer: Peer,
    private readonly deps: { metrics: RelayMetrics; budget: WorkBudget; clock?: WorkClock },
  ) {
    this.work = new TokenBucket(deps.budget.workMsPerSecond, deps.budget.workMsBurst);
  }

  /** Handles one frame; returns the wall time (ms) of an accepted write, else 0. */
  process(room: WorkRoom, frame: Uint8Array): number {
    // process CPU time in the relay thread, the worker's own wall time in a worker (workClock.ts)
    const spent = (this.deps.clock ?? processCpu)();
    const wallStarted = performance.now();
    const peer = this.peer;
    try {
      const msg = parseMessage(frame);
      this.deps.metrics.messagesIn.incBy('type', msg.kind);
      const writes = msg.kind === 'update' && canWrite(peer.role);
      if (writes) this.precheck(room, msg);
      room.handle(peer, msg);
      // updates that are cheap on the wire but expensive to apply: the time is what counts
      const ms = spent();
      const mapLeft = writes && room.work ? room.work.spend(ms) : true;
      if (!this.work.spend(ms))
        peer.reject('over_budget', CloseCode.overBudget, 'work above the connection budget');
      else if (!mapLeft)
        peer.reject('over_budget', CloseCode.overBudget, 'work above the map budget');
      else if (writes) return performance.now() - wallStarted;
    } catch (err) {
      if (err instanceof ProtocolError) peer.reject(err.reason, err.code, err.message);
      else if (err instanceof StorageFailure)
        peer.reject('storage_failure', CloseCode.internalError, 'storage failed');
      else peer.reject('internal', CloseCode.internalError, (err as Error).message);
    }
    return 0;
  }

  /**
   * The cheap pre-check of an update (updateCost.ts): too many structs for one frame, or
   * more estimated work than this connection or its map has left, and it is refused
   * before the relay decodes or applies any of it. Bytes that do not walk as an update
   * go on to the room's full decoder, which names the error.
   */
  private precheck(room: WorkRoom, msg: ClientMessage & { kind: 'update' }): void {
    const max = this.deps.budget.maxUpdateStructs;
    const structs = countStructs(msg.update, max);
    if (structs === null) return;
    if (structs > max)
      throw new ProtocolError(
        'too_many_structs',
        CloseCode.documentTooLarge,
        `update carries more than MAX_UPDATE_STRUCTS (${max}) structs`,
      );
    const estimate = structs * MS_PER_STRUCT;
    if (!this.work.covers(estimate) || (room.work && !room.work.covers(estimate)))
      throw new ProtocolError('over_budget', CloseCode.overBudget, 'update above the budget left');
  }
}
