/**
 * One WebSocket after it passed the handshake checks: feeds frames through the rate
 * limit and the strict decoder into its room, and turns any bad input into a close
 * of THIS socket with a named code plus one log line.
 */
import type { Logger } from 'pino';
import type { Duplex } from 'node:stream';
import type WebSocket from 'ws';
import type { Role } from './auth';
import { canWrite } from './auth';
import { CloseCode } from './closeCodes';
import { TokenBucket } from './limits';
import type { RelayMetrics } from './metrics';
import { ProtocolError, frameBytes, parseMessage } from './protocol';
import type { ClientMessage, OutFrame } from './protocol';
import type { Peer, Room } from './room';
import { StorageFailure } from './room';
import { countStructs } from './updateCost';

/**
 * What applying one struct costs, estimated up front (decode + integrate of a 120,000-struct
 * frame: ~11 µs per struct on the 2-core test machine); the measured time is charged after.
 */
const MS_PER_STRUCT = 0.01;
/**
 * An update that held the event loop longer than this (wall time) pauses reading from its
 * socket for BREATHE_FACTOR times as long: one connection gets at most a quarter of the
 * loop, whatever the machine's load (the CPU-time budget alone allows a flooder all of a
 * loaded relay's share). Edits at a normal pace take well under a millisecond.
 */
const BREATHE_AFTER_MS = 20;
const BREATHE_FACTOR = 3;

let nextId = 1;

export class Connection implements Peer {
  readonly id = nextId++;
  readonly awarenessIds = new Set<number>();
  alive = true;
  /** when a frame last went out (ms since the epoch), for the keepalive */
  lastSentAt = Date.now();
  private closed = false;
  private readonly bucket: TokenBucket;
  /** milliseconds of the relay's time this connection's frames may take (decode, apply) */
  private readonly work: TokenBucket;
  private readonly bytes: TokenBucket;
  private expiryTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly ws: WebSocket,
    /** the TCP socket under `ws` (corked while a commit's frames go out) */
    private readonly socket: Duplex,
    readonly room: Room,
    readonly role: Role,
    readonly address: string,
    /** when the share link runs out (ms since the epoch); the socket is closed then */
    readonly expiresAt: number | null,
    private readonly deps: {
      metrics: RelayMetrics;
      log: Logger;
      perSecond: number;
      burst: number;
      budget: {
        workMsPerSecond: number;
        workMsBurst: number;
        bytesPerSecond: number;
        bytesBurst: number;
        maxUpdateStructs: number;
      };
    },
  ) {
    this.bucket = new TokenBucket(deps.perSecond, deps.burst);
    this.work = new TokenBucket(deps.budget.workMsPerSecond, deps.budget.workMsBurst);
    this.bytes = new TokenBucket(deps.budget.bytesPerSecond, deps.budget.bytesBurst);
    ws.on('message', (data) => this.receive(data));
    ws.on('pong', () => (this.alive = true));
    ws.on('close', () => this.clearExpiry());
    // setTimeout holds at most ~24.8 days; links that live longer are caught by the heartbeat
    const untilExpiry = expiresAt === null ? null : expiresAt - Date.now();
    if (untilExpiry !== null && untilExpiry < 2 ** 31 - 1) {
      this.expiryTimer = setTimeout(
        () => this.close(CloseCode.unauthorized, 'link expired'),
        Math.max(0, untilExpiry),
      );
      this.expiryTimer.unref();
    }
  }

  send(frame: OutFrame): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (Array.isArray(frame)) {
      // fragments of one message, back to back: nothing else can come between them
      const pieces = frame as readonly Uint8Array[];
      for (let i = 0; i < pieces.length; i++)
        this.ws.send(pieces[i]!, { fin: i === pieces.length - 1 });
    } else this.ws.send(frame as Uint8Array);
    this.lastSentAt = Date.now();
    this.deps.metrics.messagesOut.inc();
    this.deps.metrics.bytesOut.inc(undefined, frameBytes(frame));
  }

  cork(): void {
    this.socket.cork();
  }

  uncork(): void {
    this.socket.uncork();
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.clearExpiry();
    this.ws.close(code, reason);
  }

  private clearExpiry(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
  }

  /** One frame from the client (also those that came while the connection was set up). */
  receive(data: WebSocket.RawData): void {
    if (this.closed) return;
    // copy: ws may hand out views of pooled buffers, and stored rows must own their bytes
    const frame = Array.isArray(data)
      ? new Uint8Array(Buffer.concat(data))
      : new Uint8Array(data instanceof ArrayBuffer ? data.slice(0) : data);
    this.deps.metrics.bytesIn.inc(undefined, frame.byteLength);
    if (!this.bucket.take()) {
      this.reject('rate_limited', CloseCode.rateLimited, 'message rate above the limit');
      return;
    }
    if (!this.bytes.spend(frame.byteLength)) {
      this.reject('over_budget', CloseCode.overBudget, 'bytes above the connection budget');
      return;
    }
    // CPU time, not wall time: a busy machine must not make a calm client look expensive
    const started = process.cpuUsage();
    const wallStarted = performance.now();
    try {
      const msg = parseMessage(frame);
      this.deps.metrics.messagesIn.incBy('type', msg.kind);
      const writes = msg.kind === 'update' && canWrite(this.role);
      if (writes) this.precheck(msg);
      this.room.handle(this, msg);
      // updates that are cheap on the wire but expensive to apply: the time is what counts
      const used = process.cpuUsage(started);
      const ms = (used.user + used.system) / 1000;
      const mapLeft = writes && this.room.work ? this.room.work.spend(ms) : true;
      if (!this.work.spend(ms))
        this.reject('over_budget', CloseCode.overBudget, 'work above the connection budget');
      else if (!mapLeft)
        this.reject('over_budget', CloseCode.overBudget, 'work above the map budget');
      else if (writes) this.breathe(performance.now() - wallStarted);
    } catch (err) {
      if (err instanceof ProtocolError) this.reject(err.reason, err.code, err.message);
      else if (err instanceof StorageFailure)
        this.reject('storage_failure', CloseCode.internalError, 'storage failed');
      else this.reject('internal', CloseCode.internalError, (err as Error).message);
    }
  }

  /**
   * The cheap pre-check of an update (updateCost.ts): too many structs for one frame, or
   * more estimated work than this connection or its map has left, and it is refused
   * before the relay decodes or applies any of it. Bytes that do not walk as an update
   * go on to the room's full decoder, which names the error.
   */
  private precheck(msg: ClientMessage & { kind: 'update' }): void {
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
    if (!this.work.covers(estimate) || (this.room.work && !this.room.work.covers(estimate)))
      throw new ProtocolError('over_budget', CloseCode.overBudget, 'update above the budget left');
  }

  /** After an expensive update: reads nothing more from this socket for a while. */
  private breathe(wallMs: number): void {
    if (wallMs < BREATHE_AFTER_MS || this.ws.isPaused) return;
    this.ws.pause();
    setTimeout(() => this.ws.resume(), wallMs * BREATHE_FACTOR).unref();
  }

  /** Closes this connection for bad input; the room and everybody else carry on. */
  reject(reason: string, code: number, detail: string): void {
    this.deps.metrics.rejected.inc({ reason });
    this.deps.log.warn(
      { room: this.room.id, conn: this.id, ip: this.address, code, reason, detail },
      'connection closed: bad input',
    );
    // close reasons are limited to 123 bytes
    this.close(code, reason);
  }
}
