/**
 * One WebSocket after it passed the handshake checks: feeds frames through the rate
 * limit and the strict decoder into its room, and turns any bad input into a close
 * of THIS socket with a named code plus one log line.
 */
import type { Logger } from 'pino';
import type { Duplex } from 'node:stream';
import type WebSocket from 'ws';
import type { Role } from './auth';
import { CloseCode } from './closeCodes';
import { TokenBucket } from './limits';
import type { RelayMetrics } from './metrics';
import { frameBytes } from './protocol';
import type { OutFrame } from './protocol';
import type { Peer } from './room';
import { FrameWork, type WorkRoom } from './frameWork';
import { mark } from './frameTrace';

/** A connection's room: the Room itself, or its stand-in when it lives in a worker. */
export interface ConnectionRoom extends WorkRoom {
  readonly id: string;
}

/**
 * An update that held the event loop longer than this (wall time) pauses reading from its
 * socket for BREATHE_FACTOR times as long: one connection gets at most a quarter of the
 * loop, whatever the machine's load (the CPU-time budget alone allows a flooder all of a
 * loaded relay's share). Edits at a normal pace take well under a millisecond.
 */
export const BREATHE_AFTER_MS = 20;
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
  /** decode, pre-check, room, work budgets (frameWork.ts) */
  private readonly frames: FrameWork;
  /** set when the room lives in a worker: frames go there after the rate and byte limits */
  forward: ((frame: Uint8Array) => void) | null = null;
  private readonly bytes: TokenBucket;
  private expiryTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly ws: WebSocket,
    /** the TCP socket under `ws` (corked while a commit's frames go out) */
    private readonly socket: Duplex,
    readonly room: ConnectionRoom,
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
    this.frames = new FrameWork(this, deps);
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
    mark('r.frame');
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
    if (this.forward) {
      this.forward(frame); // the room lives in a worker thread (shards.ts)
      mark('r.posted');
      return;
    }
    const wallMs = this.frames.process(this.room, frame);
    mark('r.posted');
    if (wallMs > 0) this.breathe(wallMs);
  }

  /** After an expensive update: reads nothing more from this socket for a while. */
  breathe(wallMs: number): void {
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
