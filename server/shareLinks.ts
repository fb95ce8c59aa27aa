/**
 * The relay's list of issued share links (#16, extends interfaces.md): every link made by
 * `POST /api/maps/<id>/share` or `POST /api/workspace/share` is recorded (id, role, scope,
 * created, expiry) in the RelayStore and carries its id in the token, so one link can be
 * revoked without the others. Admin only:
 *
 *   GET  /api/maps/<id>/links       → { links: [...] } the links that open this map now
 *                                     (its map links and the workspace links; not revoked,
 *                                     not expired, not ended by "revoke all"), oldest first
 *   POST /api/links/<linkId>/revoke → { revoked: true, link }; 404 for an unknown id
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { isAdminToken } from './auth';
import type { ShareRole, TokenCheck } from './auth';
import { requestToken, sendError, sendJson } from './httpJson';
import { isValidMapId } from './limits';
import type { RelayStore, ShareLinkRecord } from './store/types';

export interface LinksContext {
  readonly storage: RelayStore;
  readonly tokens: TokenCheck;
  readonly log: Logger;
  /** closes live connections that use this one link (on every relay via the store's bus) */
  onLinkRevoked?(linkId: string): void;
}

/** A fresh link id (96 random bits). */
export function newLinkId(): string {
  return randomBytes(12).toString('base64url');
}

/** Records a link just made; resolves with its id for the token. */
export async function recordIssuedLink(
  storage: Pick<RelayStore, 'recordLink'>,
  link: {
    role: ShareRole;
    scope: 'map' | 'workspace';
    room: string | null;
    generation: number;
    expiresAt?: Date;
  },
): Promise<string> {
  const id = newLinkId();
  await storage.recordLink({
    id,
    role: link.role,
    scope: link.scope,
    room: link.room,
    generation: link.generation,
    createdAt: Date.now(),
    expiresAt: link.expiresAt?.getTime() ?? null,
    revokedAt: null,
  });
  return id;
}

function shown(link: ShareLinkRecord) {
  return {
    id: link.id,
    role: link.role,
    scope: link.scope,
    mapId: link.room,
    createdAt: new Date(link.createdAt).toISOString(),
    expiresAt: link.expiresAt === null ? null : new Date(link.expiresAt).toISOString(),
  };
}

async function activeLinks(ctx: LinksContext, mapId: string) {
  const now = Date.now();
  const live = (l: ShareLinkRecord, generation: number) =>
    l.revokedAt === null && l.generation === generation && (l.expiresAt ?? Infinity) > now;
  const mapGeneration = await ctx.storage.generation(mapId);
  const map = (await ctx.storage.listLinks(mapId)).filter((l) => live(l, mapGeneration));
  const workspaceGeneration = ctx.tokens.workspaceGeneration
    ? await ctx.tokens.workspaceGeneration()
    : null;
  const workspace =
    workspaceGeneration === null
      ? []
      : (await ctx.storage.listLinks(null)).filter((l) => live(l, workspaceGeneration));
  return [...map, ...workspace].sort((a, b) => a.createdAt - b.createdAt).map(shown);
}

/** Answers the link-list routes; false when the request is not one of them. */
export async function handleLinksHttp(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: LinksContext,
): Promise<boolean> {
  const list = /^\/api\/maps\/([^/]+)\/links$/.exec(url.pathname);
  const revoke = /^\/api\/links\/([A-Za-z0-9_-]{1,64})\/revoke$/.exec(url.pathname);
  if (!list && !revoke) return false;
  if (!isAdminToken(ctx.tokens, requestToken(req, url))) {
    sendError(res, 401, 'unauthorized', 'admin token required');
    return true;
  }
  if (list) {
    let mapId = '';
    try {
      mapId = decodeURIComponent(list[1]!);
    } catch {
      // answered below as a bad id
    }
    if (!isValidMapId(mapId))
      sendError(res, 400, 'bad-map-id', 'map ids are 1–64 of A-Z a-z 0-9 _ -');
    else if (req.method !== 'GET') sendError(res, 405, 'method-not-allowed', 'links needs GET');
    else sendJson(res, 200, { links: await activeLinks(ctx, mapId) });
    return true;
  }
  if (req.method !== 'POST') {
    sendError(res, 405, 'method-not-allowed', 'revoke needs POST');
    return true;
  }
  const id = revoke![1]!;
  const link = await ctx.storage.revokeLink(id, Date.now());
  if (!link) {
    sendError(res, 404, 'not-found', 'no such link');
    return true;
  }
  ctx.onLinkRevoked?.(id);
  ctx.log.info({ link: id, room: link.room, scope: link.scope }, 'share link revoked');
  sendJson(res, 200, { revoked: true, link: shown(link) });
  return true;
}
