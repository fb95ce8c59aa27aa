/**
 * HTTP side of the relay: health, metrics, the share/revoke/whoami API and the SPA.
 * The API speaks JSON; errors are `{ "error": "<code>", "message": "…" }`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { createShareToken, isAdminToken, roleFor, verifyToken } from './auth';
import type { TokenCheck } from './auth';
import { isValidMapId } from './limits';
import type { RelayMetrics } from './metrics';
import { handleTeamHttp } from './catalog/http';
import type { TeamHttpContext } from './catalog/http';
import { serveStatic } from './static';
import { handleTime } from './time';
import { handleInsightsHttp, type InsightsContext } from './insights';
import type { RelayStore } from './store/types';
import { handleLinksHttp, recordIssuedLink } from './shareLinks';
import { LINK_REQUEST_SHAPE, linkAnswer, readLinkRequest } from './linkRequest';

export interface HttpContext {
  readonly storage: RelayStore;
  readonly metrics: RelayMetrics;
  readonly log: Logger;
  readonly tokens: TokenCheck;
  readonly distDir: string | null;
  /** base URL (no trailing slash) share links made by this request point at (publicUrl.ts) */
  linkBase(req: IncomingMessage): string;
  isClosing(): boolean;
  /** closes live connections that use share links of the map */
  onRevoked(mapId: string): void;
  /** closes live connections that use one link (shareLinks.ts) */
  onLinkRevoked?(linkId: string): void;
  /** the team repository's routes (server/catalog/http.ts) */
  readonly team?: Omit<TeamHttpContext, 'tokens' | 'log' | 'linkBase'>;
  /** rooms and commits for the insights API and the KPI feed (insights.ts) */
  readonly insights?: Omit<InsightsContext, 'storage' | 'tokens' | 'log'>;
}

const MAX_BODY = 4096;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function fail(res: ServerResponse, status: number, error: string, message: string): void {
  json(res, status, { error, message });
}

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function share(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: HttpContext,
  mapId: string,
): Promise<void> {
  const token = bearer(req);
  const admin = isAdminToken(ctx.tokens, token);
  // a facilitator link may invite participants to its own map, never mint more facilitators
  const facilitator =
    !admin && (await verifyToken(ctx.tokens, mapId, token))?.role === 'facilitator';
  if (!admin && !facilitator)
    return fail(res, 401, 'unauthorized', 'admin token or a facilitator link of this map required');
  let body: unknown;
  try {
    const text = await readBody(req);
    body = text ? JSON.parse(text) : {};
  } catch {
    return fail(res, 400, 'bad-request', `body must be JSON: ${LINK_REQUEST_SHAPE}`);
  }
  if (facilitator && (body as { role?: unknown } | null)?.role === 'facilitator')
    return fail(
      res,
      403,
      'forbidden',
      'a facilitator link can only create edit, comment and view links',
    );
  const request = readLinkRequest(body);
  if (!request.ok) return fail(res, 400, request.error, request.message);
  const { role, expiresAt } = request.link;
  const generation = await ctx.storage.generation(mapId);
  const linkId = await recordIssuedLink(ctx.storage, {
    ...request.link,
    scope: 'map',
    room: mapId,
    generation,
  });
  const link = createShareToken(ctx.tokens.secret, mapId, role, generation, expiresAt, linkId);
  const url = `${ctx.linkBase(req)}/map/${encodeURIComponent(mapId)}?t=${encodeURIComponent(link)}`;
  ctx.log.info(
    { room: mapId, role, expiresAt, by: admin ? 'admin' : 'facilitator' },
    'share link created',
  );
  json(res, 200, linkAnswer(link, url, request.link, linkId));
}

/** Routes one HTTP request. */
export async function handleHttp(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: HttpContext,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://relay');
  const path = url.pathname;
  if (path === '/healthz') {
    try {
      if (ctx.isClosing()) throw new Error('shutting down');
      await ctx.storage.check();
      res
        .writeHead(200, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
        })
        .end('ok\n');
    } catch (err) {
      res
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(`unhealthy: ${(err as Error).message}\n`);
    }
    return;
  }
  if (path === '/metrics') {
    res
      .writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' })
      .end(ctx.metrics.render());
    return;
  }
  if (path === '/api/time') return handleTime(req, res);
  if (ctx.team && (await handleTeamHttp(req, res, url, { ...ctx.team, ...ctx }))) return;
  if (ctx.insights && (await handleInsightsHttp(req, res, { ...ctx, ...ctx.insights }, url)))
    return;
  if (await handleLinksHttp(req, res, url, ctx)) return;
  const api = /^\/api\/maps\/([^/]+)\/(share|revoke|whoami)$/.exec(path);
  if (api) {
    let mapId = '';
    try {
      mapId = decodeURIComponent(api[1]!);
    } catch {
      // bad %-encoding is the caller's mistake: answered below like any other bad id
    }
    if (!isValidMapId(mapId))
      return fail(res, 400, 'bad-map-id', 'map ids are 1–64 of A-Z a-z 0-9 _ -');
    const action = api[2];
    if (action === 'whoami' && req.method === 'GET') {
      const role = await roleFor(ctx.tokens, mapId, url.searchParams.get('t') ?? bearer(req));
      return role
        ? json(res, 200, { role })
        : fail(res, 401, 'unauthorized', 'no valid token for this map');
    }
    if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed', `${action} needs POST`);
    if (action === 'share') return share(req, res, ctx, mapId);
    if (!isAdminToken(ctx.tokens, bearer(req)))
      return fail(res, 401, 'unauthorized', 'admin token required');
    const generation = await ctx.storage.bumpGeneration(mapId);
    ctx.onRevoked(mapId);
    ctx.log.info({ room: mapId, generation }, 'share links revoked');
    return json(res, 200, { revoked: true, generation });
  }
  if (path.startsWith('/api/')) return fail(res, 404, 'not-found', 'no such API');
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return fail(res, 405, 'method-not-allowed', 'GET only');
  serveStatic(req, res, ctx.distDir, path);
}
