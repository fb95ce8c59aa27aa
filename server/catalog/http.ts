/**
 * The team repository's HTTP API (interfaces.md, "Additions"):
 *   GET  /api/maps                     the maps the token may open (ETag / If-None-Match → 304)
 *   GET  /api/maps/<id>                one row; 404 unknown
 *   POST /api/maps/<id>/trash|restore  facilitator or admin (workspace or the map's link)
 *   POST /api/workspace/share|revoke   admin only
 */
import { recordIssuedLink } from '../shareLinks';
import type { RelayStore } from '../store/types';
import { LINK_REQUEST_SHAPE, linkAnswer, readLinkRequest } from '../linkRequest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { createWorkspaceToken, readToken, verifyToken } from '../auth';
import type { Grant, TokenCheck } from '../auth';
import { BodyError, readJsonObject, requestToken, sendError, sendJson } from '../httpJson';
import { isValidMapId } from '../limits';
import { can } from '../roles';
import { publicRow } from './catalog';
import type { RelayCatalog } from './catalog';

export interface TeamHttpContext {
  readonly catalog: RelayCatalog;
  readonly tokens: TokenCheck;
  readonly log: Logger;
  linkBase(req: IncomingMessage): string;
  /** closes live connections that use workspace links */
  onWorkspaceRevoked(): void;
  /** the list of issued links (server/shareLinks.ts): workspace links are recorded too */
  readonly storage?: Pick<RelayStore, 'recordLink'>;
}

/** Handles the request when it is one of the routes above; false otherwise. */
export async function handleTeamHttp(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: TeamHttpContext,
): Promise<boolean> {
  const path = url.pathname;
  if (path === '/api/maps') {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      sendError(res, 405, 'method-not-allowed', 'GET /api/maps lists maps');
    else await listMaps(req, res, url, ctx);
    return true;
  }
  if (path === '/api/workspace/share' || path === '/api/workspace/revoke') {
    if (req.method !== 'POST') sendError(res, 405, 'method-not-allowed', `${path} needs POST`);
    else await workspace(req, res, ctx, path.endsWith('share') ? 'share' : 'revoke');
    return true;
  }
  const one = /^\/api\/maps\/([^/]+)(?:\/(trash|restore))?$/.exec(path);
  if (!one) return false;
  let mapId = '';
  try {
    mapId = decodeURIComponent(one[1]!);
  } catch {
    // answered below as a bad id
  }
  if (!isValidMapId(mapId)) {
    sendError(res, 400, 'bad-map-id', 'map ids are 1–64 of A-Z a-z 0-9 _ -');
    return true;
  }
  const action = one[2];
  if (!action && req.method !== 'GET')
    sendError(res, 405, 'method-not-allowed', `GET /api/maps/${mapId} reads one map`);
  else if (action && req.method !== 'POST')
    sendError(res, 405, 'method-not-allowed', `${action} needs POST`);
  else await oneMap(req, res, url, ctx, mapId, action as 'trash' | 'restore' | undefined);
  return true;
}

async function listMaps(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: TeamHttpContext,
): Promise<void> {
  const grant = await readToken(ctx.tokens, requestToken(req, url));
  if (!grant) return sendError(res, 401, 'unauthorized', 'no valid token: no maps to list');
  await ctx.catalog.syncTrash();
  const scope = grant.scope === 'map' ? `m:${grant.mapId}` : 'all';
  const etag = `"c${ctx.catalog.version}-${Buffer.from(scope).toString('base64url')}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' }).end();
    return;
  }
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-cache',
    ETag: etag,
  };
  if (grant.scope === 'map') {
    const rows = [ctx.catalog.get(grant.mapId!)].filter((r) => r !== undefined);
    res.writeHead(200, headers);
    res.end(JSON.stringify({ maps: rows.map(publicRow), role: grant.role, scope: grant.scope }));
    return;
  }
  // every admin and workspace token gets the same rows: serialised once per catalog version
  res.writeHead(200, headers);
  res.end(`{"maps":${allRows(ctx.catalog)},"role":"${grant.role}","scope":"${grant.scope}"}`);
}

const serialised = new WeakMap<RelayCatalog, { version: number; json: string }>();

function allRows(catalog: RelayCatalog): string {
  const cached = serialised.get(catalog);
  if (cached?.version === catalog.version) return cached.json;
  const json = JSON.stringify(catalog.list().map(publicRow));
  serialised.set(catalog, { version: catalog.version, json });
  return json;
}

async function oneMap(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: TeamHttpContext,
  mapId: string,
  action: 'trash' | 'restore' | undefined,
): Promise<void> {
  const grant: Grant | null = await verifyToken(ctx.tokens, mapId, requestToken(req, url));
  if (!grant) return sendError(res, 401, 'unauthorized', 'no valid token for this map');
  await ctx.catalog.syncTrash();
  const row = ctx.catalog.get(mapId);
  if (!row) return sendError(res, 404, 'not-found', `the relay has no map "${mapId}"`);
  if (!action) return sendJson(res, 200, publicRow(row));
  if (!can(grant.role, 'trash'))
    return sendError(res, 403, 'forbidden', `a ${grant.role} link cannot ${action} maps`);
  await ctx.catalog.setTrashed(mapId, action === 'trash');
  ctx.log.info(
    { room: mapId, action, role: grant.role },
    `map ${action === 'trash' ? 'trashed' : 'restored'}`,
  );
  sendJson(res, 200, publicRow(ctx.catalog.get(mapId)!));
}

async function workspace(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: TeamHttpContext,
  action: 'share' | 'revoke',
): Promise<void> {
  const grant = await readToken(ctx.tokens, requestToken(req, new URL('http://relay')));
  if (!grant || !can(grant.role, 'manageWorkspace') || grant.scope !== 'admin')
    return sendError(res, 401, 'unauthorized', 'the admin token is required');
  if (action === 'revoke') {
    const generation = await ctx.catalog.bumpWorkspaceGeneration();
    ctx.onWorkspaceRevoked();
    ctx.log.info({ generation }, 'workspace links revoked');
    return sendJson(res, 200, { revoked: true, generation });
  }
  let body: Record<string, unknown>;
  try {
    body = await readJsonObject(req);
  } catch (err) {
    const reason = err instanceof BodyError ? err.message : 'the body could not be read';
    return sendError(res, 400, 'bad-request', `${reason}: expected ${LINK_REQUEST_SHAPE}`);
  }
  const request = readLinkRequest(body);
  if (!request.ok) return sendError(res, 400, request.error, request.message);
  const { link } = request;
  const generation = await ctx.catalog.currentWorkspaceGeneration();
  const linkId = ctx.storage
    ? await recordIssuedLink(ctx.storage, { ...link, scope: 'workspace', room: null, generation })
    : undefined;
  const token = createWorkspaceToken(
    ctx.tokens.secret,
    link.role,
    generation,
    link.expiresAt,
    linkId,
  );
  const url = `${ctx.linkBase(req)}/?t=${encodeURIComponent(token)}`;
  ctx.log.info({ role: link.role, expiresAt: link.expiresAt }, 'workspace link created');
  sendJson(res, 200, linkAnswer(token, url, link, linkId));
}
