/**
 * RelayServer: one instance owns its HTTP server, WebSocket server, rooms, storage,
 * metrics and timers (no module singletons, so tests can run several).
 *
 *   new RelayServer(config); await relay.listen(); …; await relay.close()
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type WebSocket from 'ws';
import { verifyToken } from './auth';
import type { RelayCatalog } from './catalog/catalog';
import type { TokenCheck } from './auth';
import { requestAddress } from './clientAddress';
import { CloseCode } from './closeCodes';
import { CommitQueue } from './commit';
import type { RelayConfig } from './config';
import { Connection } from './connection';
import { dumpTrace } from './frameTrace';
import { handleHttp } from './http';
import { AddressCounter, isValidMapId } from './limits';
import { createLogger } from './log';
import { RelayMetrics } from './metrics';
import { EMPTY_AWARENESS } from './protocol';
import { lanAddresses, linkBase } from './publicUrl';
import { RoomManager, RoomsFullError } from './rooms';
import { setSecurityHeaders } from './securityHeaders';
import { openStore } from './store/open';
import { WriteLock } from './store/writeLock';
import { LINK_REVOKE_PREFIX, WORKSPACE_LINKS } from './store/types';
import { relayCatalog } from './relayCatalog';
import { ShardPool, shardCount } from './shards';
import { originAllowed } from './origin';
import type { RelayStore } from './store/types';

export interface RelayOptions {
  /** defaults to a pino logger at config.logLevel */
  readonly log?: Logger;
  /** base URL for share links; default config.publicUrl (env PUBLIC_URL), see publicUrl.ts */
  readonly publicUrl?: string | null;
  /** this machine's LAN IPv4 addresses (default: from the network interfaces) */
  readonly lanAddresses?: () => readonly string[];
  /** derive the team catalog after commits (default true; the fan-out benchmark compares) */
  readonly catalog?: boolean;
}

export class RelayServer {
  readonly log: Logger;
  readonly metrics: RelayMetrics;
  private readonly storage: RelayStore;
  private readonly commits: CommitQueue;
  private readonly rooms: RoomManager;
  /** the rooms' worker threads (shards.ts); null: rooms live in this thread */
  readonly shards: ShardPool | null;
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<Connection>();
  /** connections opened with a workspace link (revoked together) */
  private readonly workspaceConnections = new WeakSet<Connection>();
  private readonly linkOf = new WeakMap<Connection, string>(); // its issued link, if named
  readonly catalog: RelayCatalog;
  private readonly perAddress: AddressCounter;
  private readonly tokens: TokenCheck;
  private pingTimer: NodeJS.Timeout | null = null;
  private keepaliveTimer: NodeJS.Timeout | null = null;
  private closing = false;
  private readonly publicUrl: string | null;
  private readonly lan: () => readonly string[];

  constructor(
    readonly config: RelayConfig,
    options: RelayOptions = {},
  ) {
    this.log = options.log ?? createLogger(config.logLevel, config.dataDir);
    this.publicUrl = options.publicUrl ?? config.publicUrl;
    this.lan = options.lanAddresses ?? lanAddresses;
    this.storage = openStore(config, this.log);
    this.metrics = new RelayMetrics(() => ({
      connections: this.connections.size,
      rooms: this.shards ? this.shards.size : this.rooms.size,
    }));
    const workers = shardCount(config);
    // one SQLite writer at a time: the room workers' commits and the catalog's rows
    const writeLock = workers ? WriteLock.create() : null;
    this.catalog = relayCatalog(config, this.storage, this.log, options.catalog, writeLock, (s) =>
      this.metrics.catalogRows.inc({ source: s }),
    );
    this.commits = new CommitQueue({
      storage: this.storage,
      metrics: this.metrics,
      log: this.log,
      onCommitted: this.catalog.touched,
    });
    this.rooms = new RoomManager({
      commits: this.commits,
      storage: this.storage,
      bus: this.storage.bus,
      metrics: this.metrics,
      log: this.log,
      maxDocBytes: config.maxDocBytes,
      limits: config.limits,
    });
    this.shards = workers
      ? new ShardPool({
          config,
          count: workers,
          writeLock: writeLock!,
          log: this.log,
          metrics: this.metrics,
          onCommitted: this.catalog.touched,
          bus: this.storage.bus,
        })
      : null;
    this.rooms.onRemoteRevoke = (mapId) =>
      mapId === WORKSPACE_LINKS ? this.dropWorkspaceLinks() : this.dropShareLinks(mapId);
    this.perAddress = new AddressCounter(config.limits.connectionsPerIp);
    this.tokens = {
      adminToken: config.adminToken,
      secret: config.relaySecret,
      generation: (mapId) => this.storage.generation(mapId),
      // PostgreSQL: read from the shared store on every check, so every relay agrees
      workspaceGeneration: () => this.catalog.currentWorkspaceGeneration(),
      linkRevoked: (id) => this.storage.linkRevoked(id),
    };
    // maxPayload makes ws close oversized frames with 1009 before buffering them
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: config.maxMessageBytes,
      perMessageDeflate: false,
    });
    this.http = createServer((req, res) => {
      setSecurityHeaders(req, res);
      handleHttp(req, res, {
        storage: this.storage,
        metrics: this.metrics,
        log: this.log,
        tokens: this.tokens,
        distDir: config.distDir,
        linkBase: (r) => this.linkBase(r.headers.host),
        isClosing: () => this.closing,
        onRevoked: (mapId) => this.dropShareLinks(mapId),
        onLinkRevoked: (id) => this.dropShareLinks(LINK_REVOKE_PREFIX + id),
        team: {
          catalog: this.catalog,
          onWorkspaceRevoked: () => this.dropWorkspaceLinks(),
        },
        insights: {
          rooms: this.rooms,
          commits: this.commits,
          catalog: this.catalog,
          settle: async () =>
            void (await Promise.all([this.commits.drain(), this.shards?.drain()])),
          ...(this.shards ? { feed: this.shards.feed.bind(this.shards) } : {}),
        },
      }).catch((err: unknown) => {
        // what the handlers do not answer themselves is storage away (e.g. PostgreSQL restarting)
        this.log.error({ err, url: req.url }, 'http handler failed');
        if (!res.headersSent)
          res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({ error: 'unavailable', message: 'storage unavailable; try again' }),
        );
      });
    });
    this.http.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket as Socket, head));
  }

  /** Starts listening; resolves with the bound port (useful with PORT=0). */
  async listen(): Promise<number> {
    await this.storage.open();
    await this.catalog.start();
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.config.port, this.config.host, () => {
        this.http.off('error', reject);
        resolve();
      });
    });
    this.pingTimer = setInterval(() => this.heartbeat(), this.config.limits.pingIntervalMs);
    this.pingTimer.unref();
    const keepaliveMs = this.config.limits.keepaliveMs;
    if (keepaliveMs > 0) {
      this.keepaliveTimer = setInterval(() => this.keepalive(keepaliveMs), keepaliveMs);
      this.keepaliveTimer.unref();
    }
    return this.port;
  }

  get port(): number {
    return (this.http.address() as AddressInfo | null)?.port ?? 0;
  }

  /**
   * Base URL of links for other people: PUBLIC_URL, else how `requestHost` reached us,
   * else (loopback while bound to every interface) this machine's first LAN address.
   */
  linkBase(requestHost?: string): string {
    return linkBase({
      publicUrl: this.publicUrl,
      bindHost: this.config.host,
      port: this.port,
      requestHost,
      lan: this.lan(),
    });
  }

  /** Stops accepting, closes sockets with 1001, compacts and closes storage. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    const httpClosed = new Promise<void>((resolve) => this.http.close(() => resolve()));
    // what was accepted is stored and forwarded before the sockets go
    await this.commits.drain();
    await this.shards?.close(); // the workers' commits are forwarded before this resolves
    const socketsClosed = [...this.connections].map(
      (c) =>
        new Promise<void>((resolve) =>
          c.ws.readyState === c.ws.CLOSED ? resolve() : c.ws.once('close', () => resolve()),
        ),
    );
    for (const c of this.connections) c.close(CloseCode.goingAway, 'server shutting down');
    // a peer that never answers the close handshake must not hold up the exit
    const grace = setTimeout(() => {
      for (const c of this.connections) c.ws.terminate();
    }, 2000);
    await Promise.all(socketsClosed);
    clearTimeout(grace);
    this.http.closeAllConnections();
    await httpClosed;
    await this.rooms.closeAll();
    await this.catalog.close();
    await this.storage.close();
    this.metrics.stop();
    dumpTrace();
    this.log.info('relay stopped');
  }

  private onUpgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://relay');
    const match = /^\/sync\/([^/]*)$/.exec(url.pathname);
    if (!match || this.closing) {
      socket.end(
        this.closing
          ? 'HTTP/1.1 503 Service Unavailable\r\n\r\n'
          : 'HTTP/1.1 404 Not Found\r\n\r\n',
      );
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // what the client sends while its token is checked and its room is read waits here
      const early: WebSocket.RawData[] = [];
      const hold = (data: WebSocket.RawData) => early.push(data);
      ws.on('message', hold);
      this.onSocket(ws, req, url, match[1]!)
        .then((conn) => {
          ws.off('message', hold);
          for (const data of early) conn?.receive(data);
        })
        .catch((err: unknown) => {
          this.log.error({ err }, 'connection setup failed');
          ws.close(CloseCode.internalError, 'internal error');
        });
    });
  }

  /** Every refusal happens here, before the room is opened or any document byte sent. */
  private async onSocket(
    ws: WebSocket,
    req: IncomingMessage,
    url: URL,
    rawMapId: string,
  ): Promise<Connection | null> {
    const address = requestAddress(req, this.config.trustProxy);
    const refuse = (code: number, reason: string): null => {
      this.metrics.refusedConnections.inc({ reason });
      this.log.info({ ip: address, code, reason, path: url.pathname }, 'connection refused');
      ws.close(code, reason);
      return null;
    };
    ws.on('error', (err: Error & { code?: string }) => {
      const tooBig = err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
      this.metrics.rejected.inc({ reason: tooBig ? 'too_big' : 'ws_error' });
      this.log.warn(
        { ip: address, err: err.message },
        tooBig ? 'frame above MAX_MESSAGE_BYTES closed (1009)' : 'socket error',
      );
    });
    if (!this.originAllowed(req)) return refuse(CloseCode.forbiddenOrigin, 'origin not allowed');
    let mapId: string;
    try {
      mapId = decodeURIComponent(rawMapId);
    } catch {
      return refuse(CloseCode.invalidMapId, 'invalid map id');
    }
    if (!isValidMapId(mapId)) return refuse(CloseCode.invalidMapId, 'invalid map id');
    let grant;
    try {
      grant = await verifyToken(this.tokens, mapId, url.searchParams.get('t'));
    } catch (err) {
      this.log.error({ room: mapId, err }, 'link generation unreadable');
      return refuse(CloseCode.internalError, 'storage unavailable');
    }
    if (!grant) return refuse(CloseCode.unauthorized, 'unauthorized');
    const role = grant.role;
    if (!this.perAddress.acquire(address))
      return refuse(CloseCode.tooManyConnections, 'too many connections');
    let room;
    try {
      room = await (this.shards ?? this.rooms).acquire(mapId);
    } catch (err) {
      this.perAddress.release(address);
      if (err instanceof RoomsFullError) return refuse(CloseCode.serverBusy, 'too many rooms');
      this.log.error({ room: mapId, err }, 'room failed to load');
      return refuse(CloseCode.internalError, 'room failed to load');
    }
    if (ws.readyState !== ws.OPEN || this.closing) {
      // gone (or shutting down) while the room was read
      this.perAddress.release(address);
      if (ws.readyState === ws.OPEN) ws.close(CloseCode.goingAway, 'server shutting down');
      return null;
    }
    const conn = new Connection(ws, req.socket, room, role, address, grant.expiresAt, {
      metrics: this.metrics,
      log: this.log,
      perSecond: this.config.limits.messagesPerSecond,
      burst: this.config.limits.messageBurst,
      budget: this.config.limits,
    });
    this.connections.add(conn);
    if (grant.scope === 'workspace') this.workspaceConnections.add(conn);
    if (grant.linkId) this.linkOf.set(conn, grant.linkId);
    ws.on('close', () => {
      this.connections.delete(conn);
      this.perAddress.release(address);
      room.leave(conn);
    });
    room.join(conn);
    this.log.debug({ room: mapId, conn: conn.id, role, ip: address }, 'connection opened');
    return conn;
  }

  /** Same origin as the relay, a configured origin, or no Origin at all (CLI, node). */
  private originAllowed(req: IncomingMessage): boolean {
    return originAllowed(req, this.config.allowedOrigins);
  }

  /** `mapId`: every map link of that map; `~link:<id>` (LINK_REVOKE_PREFIX): that one link */
  private dropShareLinks(mapId: string): void {
    const one = mapId.startsWith(LINK_REVOKE_PREFIX) ? mapId.slice(LINK_REVOKE_PREFIX.length) : '';
    const mine = (c: Connection) => c.role !== 'admin' && !this.workspaceConnections.has(c);
    for (const c of this.connections)
      if (one ? this.linkOf.get(c) === one : c.room.id === mapId && mine(c))
        c.close(CloseCode.unauthorized, 'link revoked');
  }

  private dropWorkspaceLinks(): void {
    for (const c of this.connections) {
      if (this.workspaceConnections.has(c)) c.close(CloseCode.unauthorized, 'link revoked');
    }
  }

  /**
   * The stock client reconnects when it received nothing for 30 s. Echoed awareness
   * renewals (every 15 s) cover clients with presence; this covers the rest, e.g. a
   * client without local awareness state alone in its room: a zero-entry awareness
   * update, which every client applies as a no-op.
   */
  private keepalive(keepaliveMs: number): void {
    const quietSince = Date.now() - keepaliveMs / 2;
    for (const c of this.connections)
      if (c.lastSentAt <= quietSince) this.commits.deliver(c, EMPTY_AWARENESS);
  }

  /** Closes sockets whose link expired, terminates those that missed the last pong, pings the rest. */
  private heartbeat(): void {
    const now = Date.now();
    for (const c of this.connections) {
      if (c.expiresAt !== null && c.expiresAt <= now) {
        c.close(CloseCode.unauthorized, 'link expired');
        continue;
      }
      if (!c.alive) {
        this.log.info({ conn: c.id, room: c.room.id }, 'dead socket terminated');
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      c.ws.ping();
    }
  }
}
