// Share links across restarts, links made by a facilitator, and bad API paths,
// against a real relay child process with stock y-websocket clients.
import { describe, expect, it } from 'vitest';
import { shareToken, synced, waitFor } from './testing';
import type { RelayProcess } from './testing';
import { relayPool } from './relayPool';

const { relay, open, closeClients } = relayPool();

function post(r: RelayProcess, path: string, token: string, body?: unknown): Promise<Response> {
  return fetch(`${r.http}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('share links', () => {
  it('links made before a restart still work after it (secret and admin token persisted)', async () => {
    const r1 = await relay();
    const edit = await shareToken(r1, 'kept', 'edit');
    const view = await shareToken(r1, 'kept', 'view');
    const writer = open(r1, 'kept', edit);
    await synced(writer);
    writer.doc.getMap('m').set('before', 'restart');
    const check = open(r1, 'kept', r1.adminToken);
    await waitFor(() => check.doc.getMap('m').get('before') === 'restart', 5000, 'stored');
    closeClients();
    expect(await r1.stop('SIGTERM')).toBe(0);

    // same DATA_DIR, no RELAY_SECRET / ADMIN_TOKEN in the environment: both come from disk
    const r2 = await relay({ dataDir: r1.dataDir });
    expect(r2.adminToken).toBe(r1.adminToken);
    expect(r2.secret).toBe(r1.secret);
    const editor = open(r2, 'kept', edit);
    const viewer = open(r2, 'kept', view);
    await Promise.all([synced(editor), synced(viewer)]);
    expect(viewer.doc.getMap('m').get('before')).toBe('restart');
    editor.doc.getMap('m').set('after', 'restart');
    await waitFor(() => viewer.doc.getMap('m').get('after') === 'restart', 5000, 'live edit');
    expect(editor.closes).toEqual([]);
    const who = await fetch(`${r2.http}/api/maps/kept/whoami?t=${encodeURIComponent(view)}`);
    expect(await who.json()).toEqual({ role: 'view' });
  });

  it('a facilitator link may create edit and view links of its map, nothing more', async () => {
    const r = await relay();
    const fac = await shareToken(r, 'run', 'facilitator');
    const made = await post(r, '/api/maps/run/share', fac, { role: 'view' });
    expect(made.status).toBe(200);
    const { token, role } = (await made.json()) as { token: string; role: string };
    expect(role).toBe('view');
    const viewer = open(r, 'run', token);
    await synced(viewer);
    expect((await post(r, '/api/maps/run/share', fac, { role: 'facilitator' })).status).toBe(403);
    expect((await post(r, '/api/maps/other/share', fac, { role: 'edit' })).status).toBe(401);
    expect((await post(r, '/api/maps/run/revoke', fac)).status).toBe(401);
    const edit = await shareToken(r, 'run', 'edit');
    expect((await post(r, '/api/maps/run/share', edit, { role: 'view' })).status).toBe(401);
  });

  it('answers a badly %-encoded map id with a JSON 400, not an error log', async () => {
    const r = await relay({ env: { LOG_LEVEL: 'info' } });
    for (const path of ['/api/maps/%E0%A4%A/share', '/api/maps/%/whoami']) {
      const res = path.endsWith('whoami')
        ? await fetch(`${r.http}${path}`)
        : await post(r, path, r.adminToken, {});
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'bad-map-id' });
    }
    // logs are JSON lines; pino level 50 = error
    expect(r.output()).not.toMatch(/"level":50/);
    expect(r.output()).not.toContain('http handler failed');
  });
});
