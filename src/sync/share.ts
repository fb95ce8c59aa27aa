/** The relay's share API (POST /api/maps/<id>/share, /revoke; GET /whoami). */
import type { SyncRole } from './status';

/** `comment`: read, comment and vote (the relay refuses every other change) */
export type ShareRole = 'edit' | 'view' | 'facilitator' | 'comment';

export interface ShareLink {
  readonly token: string;
  readonly url: string;
  readonly role: ShareRole;
  /** ISO date-time, or null for links that never expire */
  readonly expiresAt: string | null;
}

/** A refusal from the share API, with the relay's error code (e.g. 'unauthorized'). */
export class ShareApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ShareApiError';
  }
}

/** http(s)://host:port from a relay base given as ws(s) or http(s). */
export function httpBaseUrl(relayBase: string): string {
  return relayBase.replace(/^ws(s?):/, 'http$1:').replace(/\/+$/, '');
}

async function call<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!res.ok)
    throw new ShareApiError(
      res.status,
      body.error ?? 'http-error',
      body.message ?? `HTTP ${res.status}`,
    );
  return body as T;
}

/** Creates a share link for a map; needs the relay's admin token. */
export function createShareLink(
  relayBase: string,
  mapId: string,
  adminToken: string,
  role: ShareRole,
  expiresInHours?: number,
): Promise<ShareLink> {
  return call<ShareLink>(`${httpBaseUrl(relayBase)}/api/maps/${encodeURIComponent(mapId)}/share`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(expiresInHours === undefined ? { role } : { role, expiresInHours }),
  });
}

/** Revokes every share link of a map (connected holders are dropped). */
export function revokeShareLinks(
  relayBase: string,
  mapId: string,
  adminToken: string,
): Promise<{ generation: number }> {
  return call(`${httpBaseUrl(relayBase)}/api/maps/${encodeURIComponent(mapId)}/revoke`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}` },
  });
}

/** The role a token grants on a map, or null when it grants none. */
export async function whoami(
  relayBase: string,
  mapId: string,
  token: string,
): Promise<SyncRole | null> {
  try {
    const body = await call<{ role: SyncRole }>(
      `${httpBaseUrl(relayBase)}/api/maps/${encodeURIComponent(mapId)}/whoami?t=${encodeURIComponent(token)}`,
      { method: 'GET' },
    );
    return body.role;
  } catch (err) {
    if (err instanceof ShareApiError && err.status === 401) return null;
    throw err;
  }
}

/** One active link as the relay lists it (GET /api/maps/<id>/links). */
export interface ListedLink {
  readonly id: string;
  readonly role: ShareRole;
  /** a link of this one map, or a workspace link (every map of the relay) */
  readonly scope: 'map' | 'workspace';
  readonly mapId: string | null;
  /** ISO date-times */
  readonly createdAt: string;
  readonly expiresAt: string | null;
}

/** The links that open a map now (its own and the workspace's); admin token. */
export async function listShareLinks(
  relayBase: string,
  mapId: string,
  adminToken: string,
): Promise<ListedLink[]> {
  const body = await call<{ links: ListedLink[] }>(
    `${httpBaseUrl(relayBase)}/api/maps/${encodeURIComponent(mapId)}/links`,
    { method: 'GET', headers: { Authorization: `Bearer ${adminToken}` } },
  );
  return body.links;
}

/** Revokes one link (its holders are disconnected); admin token. */
export async function revokeShareLink(
  relayBase: string,
  linkId: string,
  adminToken: string,
): Promise<void> {
  await call(`${httpBaseUrl(relayBase)}/api/links/${encodeURIComponent(linkId)}/revoke`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}` },
  });
}
