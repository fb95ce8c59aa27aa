// The list of issued share links and revoking one of them, against a real relay child
// process with stock y-websocket clients.
import { describe, expect, it } from 'vitest';
import { relayPool } from './relayPool';
import { synced, waitFor } from './testing';
import type { RelayProcess } from './testing';

const { relay, open } = relayPool();

async function api(r: RelayProcess, method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${r.http}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

interface Listed {
  id: string;
  role: string;
  scope: string;
  mapId: string | null;
  createdAt: string;
  expiresAt: string | null;
}

async function listed(r: RelayProcess, mapId: string): Promise<Listed[]> {
  const res = await api(r, 'GET', `/api/maps/${mapId}/links`, r.adminToken);
  expect(res.status).toBe(200);
  return res.body.links as Listed[];
}

describe('share link list', () => {
  it('lists every active link of a map and revokes one without touching the others', async () => {
    const r = await relay();
    const made = async (path: string, role: string, expiresInHours?: number) =>
      (await api(r, 'POST', path, r.adminToken, { role, expiresInHours })).body as {
        token: string;
        id: string;
      };
    const edit = await made('/api/maps/m1/share', 'edit');
    const comment = await made('/api/maps/m1/share', 'comment', 24);
    const workspace = await made('/api/workspace/share', 'view');
    await made('/api/maps/other/share', 'edit');

    const links = await listed(r, 'm1');
    expect(links.map((l) => [l.id, l.role, l.scope, l.mapId])).toEqual([
      [edit.id, 'edit', 'map', 'm1'],
      [comment.id, 'comment', 'map', 'm1'],
      [workspace.id, 'view', 'workspace', null],
    ]);
    expect(links[0]!.expiresAt).toBeNull();
    const hours = (Date.parse(links[1]!.expiresAt!) - Date.parse(links[1]!.createdAt)) / 3.6e6;
    expect(Math.round(hours)).toBe(24);

    const editor = open(r, 'm1', edit.token);
    const commenter = open(r, 'm1', comment.token);
    await Promise.all([synced(editor), synced(commenter)]);
    const revoked = await api(r, 'POST', `/api/links/${edit.id}/revoke`, r.adminToken);
    expect(revoked.status).toBe(200);
    await waitFor(() => editor.closes.some((c) => c.code === 4401), 5000, 'editor dropped');
    expect(commenter.closes).toEqual([]);
    expect((await listed(r, 'm1')).map((l) => l.id)).toEqual([comment.id, workspace.id]);
    // the revoked token no longer opens the map; the other ones still do
    const again = open(r, 'm1', edit.token);
    await waitFor(() => again.closes.some((c) => c.code === 4401), 5000, 'refused again');
    const who = await fetch(`${r.http}/api/maps/m1/whoami?t=${encodeURIComponent(edit.token)}`);
    expect(who.status).toBe(401);
    await synced(open(r, 'm1', workspace.token));

    // revoke all ends the map links; the workspace link stays listed
    expect((await api(r, 'POST', '/api/maps/m1/revoke', r.adminToken)).status).toBe(200);
    expect((await listed(r, 'm1')).map((l) => l.id)).toEqual([workspace.id]);
  });

  it('is admin only and answers unknown links with 404', async () => {
    const r = await relay();
    const fac = (await api(r, 'POST', '/api/maps/m2/share', r.adminToken, { role: 'facilitator' }))
      .body.token as string;
    expect((await api(r, 'GET', '/api/maps/m2/links', fac)).status).toBe(401);
    expect((await api(r, 'POST', '/api/links/abc/revoke', fac)).status).toBe(401);
    expect((await api(r, 'POST', '/api/links/abc/revoke', r.adminToken)).status).toBe(404);
    expect((await api(r, 'GET', '/api/links/abc/revoke', r.adminToken)).status).toBe(405);
  });
});
