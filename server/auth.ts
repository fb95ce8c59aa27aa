/**
 * Tokens. The admin token is a random secret; share tokens are
 * `v1.<payload>.<HMAC-SHA256(payload)>` (base64url), the payload binding map id,
 * role, expiry and the map's link generation (bumped by revoke).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SHARE_ROLES = ['edit', 'view', 'facilitator', 'comment'] as const;
export type ShareRole = (typeof SHARE_ROLES)[number];
/** what a connection may do; `admin` may open and share any map */
export type Role = ShareRole | 'admin';

interface SharePayload {
  /** the map (map links) */
  m?: string;
  /** 1 = a workspace link: every map of the relay, present and future */
  w?: 1;
  r: ShareRole;
  /** the map's link generation, or the workspace's for a workspace link */
  g: number;
  /** expiry, seconds since the epoch; absent = never */
  x?: number;
  /** the link's id in the relay's list of issued links (absent in links made before it) */
  i?: string;
}

export function isShareRole(value: unknown): value is ShareRole {
  return typeof value === 'string' && (SHARE_ROLES as readonly string[]).includes(value);
}

/**
 * Whether this role may change the whole document. A `comment` link may not: its updates
 * are checked part by part (room.ts, src/doc commentGuard).
 */
export function canWrite(role: Role): boolean {
  return role !== 'view' && role !== 'comment';
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function sameSecret(a: string, b: string): boolean {
  // hash first so lengths match and the comparison time does not leak them
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export interface TokenCheck {
  readonly adminToken: string;
  readonly secret: string;
  /** current link generation of a map (from storage: every relay on it agrees) */
  generation(mapId: string): Promise<number>;
  /** current generation of workspace links (absent: the relay has none, every one is refused) */
  workspaceGeneration?(): Promise<number>;
  /** whether one link (its `i`) was revoked on its own (absent: no per-link revocation) */
  linkRevoked?(linkId: string): Promise<boolean>;
  now?: () => number;
}

export function createShareToken(
  secret: string,
  mapId: string,
  role: ShareRole,
  generation: number,
  expiresAt?: Date,
  linkId?: string,
): string {
  const payload: SharePayload = { m: mapId, r: role, g: generation };
  if (expiresAt) payload.x = Math.floor(expiresAt.getTime() / 1000);
  if (linkId) payload.i = linkId;
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `v1.${body}.${sign(secret, body)}`;
}

/** A workspace link: `role` on every map of the relay while `generation` is current. */
export function createWorkspaceToken(
  secret: string,
  role: ShareRole,
  generation: number,
  expiresAt?: Date,
  linkId?: string,
): string {
  const payload: SharePayload = { w: 1, r: role, g: generation };
  if (expiresAt) payload.x = Math.floor(expiresAt.getTime() / 1000);
  if (linkId) payload.i = linkId;
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `v1.${body}.${sign(secret, body)}`;
}

/** Whether `token` is the admin token. */
export function isAdminToken(
  check: Pick<TokenCheck, 'adminToken'>,
  token: string | null | undefined,
): boolean {
  return !!token && sameSecret(token, check.adminToken);
}

export interface Grant {
  readonly role: Role;
  /** ms since the epoch; null = never (admin token, links without expiry) */
  readonly expiresAt: number | null;
  /** what the token opens: every map (admin, workspace) or one map */
  readonly scope: 'admin' | 'workspace' | 'map';
  /** the map of a map link */
  readonly mapId?: string;
  /** the link's id in the list of issued links, when the token carries one */
  readonly linkId?: string;
}

/** The role `token` grants on `mapId`, or null (bad signature, other map, expired, revoked). */
export async function roleFor(
  check: TokenCheck,
  mapId: string,
  token: string | null | undefined,
): Promise<Role | null> {
  return (await verifyToken(check, mapId, token))?.role ?? null;
}

/** Like roleFor, with the expiry, so open sockets can be closed when their link runs out. */
export async function verifyToken(
  check: TokenCheck,
  mapId: string,
  token: string | null | undefined,
): Promise<Grant | null> {
  const grant = await readToken(check, token);
  if (!grant || (grant.scope === 'map' && grant.mapId !== mapId)) return null;
  return grant;
}

/**
 * What a valid token grants, whatever map it is for: null when it is forged, expired,
 * revoked or garbage.
 */
export async function readToken(
  check: TokenCheck,
  token: string | null | undefined,
): Promise<Grant | null> {
  if (!token || token.length > 2048) return null;
  if (isAdminToken(check, token)) return { role: 'admin', expiresAt: null, scope: 'admin' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1') return null;
  const [, body, mac] = parts as [string, string, string];
  if (!sameSecret(mac, sign(check.secret, body))) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Partial<SharePayload>;
  if (!isShareRole(p.r) || typeof p.g !== 'number') return null;
  const nowSec = (check.now?.() ?? Date.now()) / 1000;
  if (p.x !== undefined && (typeof p.x !== 'number' || p.x <= nowSec)) return null;
  const expiresAt = p.x === undefined ? null : p.x * 1000;
  if (p.i !== undefined && typeof p.i !== 'string') return null;
  const id = p.i !== undefined ? { linkId: p.i } : {};
  if (p.w === 1) {
    if (!check.workspaceGeneration || p.g !== (await check.workspaceGeneration())) return null;
    if (p.i && (await check.linkRevoked?.(p.i))) return null;
    return { role: p.r, expiresAt, scope: 'workspace', ...id };
  }
  if (typeof p.m !== 'string' || p.g !== (await check.generation(p.m))) return null;
  if (p.i && (await check.linkRevoked?.(p.i))) return null;
  return { role: p.r, expiresAt, scope: 'map', mapId: p.m, ...id };
}
