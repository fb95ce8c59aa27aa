/**
 * The team repository on the relay, as the app sees it: the list of maps the device's
 * login may open (`GET /api/maps`, polled with If-None-Match so an unchanged list costs
 * a 304), and trash/restore there. Polling rather than a push channel: it needs no
 * socket besides the maps' own, works through every proxy, and the ETag keeps it cheap.
 */
import type { CatalogRow } from '../model/catalogRow';
import { readMapsBody } from './mapsBody';
import { ShareApiError, httpBaseUrl } from './share';

/** A row of `GET /api/maps`. */
export type TeamRow = CatalogRow & { readonly trashed: boolean; readonly trashedAt?: string };

export interface TeamList {
  readonly rows: readonly TeamRow[];
  /** the role the token has on every map it lists */
  readonly role: string;
  readonly etag: string | null;
}

/** The relay's list, or `unchanged` when it still matches `etag`. Throws ShareApiError on refusal. */
export async function fetchTeamMaps(
  relayBase: string,
  token: string,
  etag: string | null,
  signal?: AbortSignal,
): Promise<TeamList | 'unchanged'> {
  const res = await fetch(`${httpBaseUrl(relayBase)}/api/maps`, {
    headers: { Authorization: `Bearer ${token}`, ...(etag ? { 'If-None-Match': etag } : {}) },
    cache: 'no-store',
    ...(signal ? { signal } : {}),
  });
  if (res.status === 304) return 'unchanged';
  const { maps, role } = await readMapsBody<TeamRow>(res);
  return { rows: maps, role, etag: res.headers.get('ETag') };
}

/** Moves a map to the relay's trash or back (facilitator and admin; others get 403). */
export async function setTeamTrashed(
  relayBase: string,
  token: string,
  mapId: string,
  trashed: boolean,
): Promise<void> {
  const action = trashed ? 'trash' : 'restore';
  const res = await fetch(
    `${httpBaseUrl(relayBase)}/api/maps/${encodeURIComponent(mapId)}/${action}`,
    { method: 'POST', headers: { Authorization: `Bearer ${token}` } },
  );
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
    throw new ShareApiError(
      res.status,
      body.error ?? 'http-error',
      body.message ?? `HTTP ${res.status}`,
    );
  }
}

/** Makes a workspace link (admin token): `role` on every map of the relay, present and future. */
export async function createWorkspaceLink(
  relayBase: string,
  adminToken: string,
  role: 'view' | 'comment' | 'edit' | 'facilitator',
): Promise<{ token: string; url: string }> {
  const res = await fetch(`${httpBaseUrl(relayBase)}/api/workspace/share`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  const body = (await res.json().catch(() => ({}))) as {
    token?: string;
    url?: string;
    error?: string;
    message?: string;
  };
  if (!res.ok || !body.token || !body.url)
    throw new ShareApiError(
      res.status,
      body.error ?? 'http-error',
      body.message ?? `HTTP ${res.status}`,
    );
  return { token: body.token, url: body.url };
}

/** Ends every workspace link (admin token). */
export async function revokeWorkspaceLinks(relayBase: string, adminToken: string): Promise<void> {
  const res = await fetch(`${httpBaseUrl(relayBase)}/api/workspace/revoke`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}` },
  });
  if (!res.ok) throw new ShareApiError(res.status, 'http-error', `HTTP ${res.status}`);
}
