// Tokens, roles and origins against a real relay child process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShareToken } from './auth';
import { client, rawSocket, shareToken, startRelay, synced, waitFor } from './testing';
import type { RelayProcess } from './testing';

let r: RelayProcess;
beforeAll(async () => {
  r = await startRelay({
    env: { ALLOWED_ORIGINS: 'https://allowed.example', PING_INTERVAL_MS: '250' },
  });
});
afterAll(async () => {
  await r.stop('SIGKILL');
});

async function refusedBeforeAnyByte(url: string, headers?: Record<string, string>) {
  const s = rawSocket(url, headers);
  const closed = await s.closed;
  return { ...closed, bytes: s.received.length };
}

describe('access', () => {
  it('refuses missing, bad, other-map, expired and revoked tokens with 4401 before any byte', async () => {
    const good = await shareToken(r, 'secret-map', 'edit');
    const past = createShareToken(r.secret, 'secret-map', 'edit', 0, new Date(Date.now() - 1000));
    const forged = createShareToken('not-the-secret', 'secret-map', 'edit', 0);
    const otherMap = await shareToken(r, 'other-map', 'edit');
    for (const token of ['', 'garbage', good.slice(0, -2) + 'xx', past, forged, otherMap]) {
      const res = await refusedBeforeAnyByte(
        `${r.ws}/sync/secret-map?t=${encodeURIComponent(token)}`,
      );
      expect(res, token).toMatchObject({ code: 4401, bytes: 0 });
    }
    // the good one works until the map's links are revoked
    const ok = rawSocket(`${r.ws}/sync/secret-map?t=${good}`);
    await waitFor(() => ok.received.length >= 2, 5000, 'greeting');
    const revoke = await fetch(`${r.http}/api/maps/secret-map/revoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${r.adminToken}` },
    });
    expect(revoke.status).toBe(200);
    expect((await ok.closed).code).toBe(4401); // live connection dropped too
    expect(await refusedBeforeAnyByte(`${r.ws}/sync/secret-map?t=${good}`)).toMatchObject({
      code: 4401,
      bytes: 0,
    });
    // new links work again; admin still works
    const fresh = client(r, 'secret-map', await shareToken(r, 'secret-map', 'edit'));
    await synced(fresh);
    fresh.destroy();
  });

  it('expiring links work until they expire, then the open socket is closed with 4401', async () => {
    const soon = createShareToken(r.secret, 'exp-map', 'edit', 0, new Date(Date.now() + 2000));
    const c = client(r, 'exp-map', soon);
    await synced(c);
    await waitFor(() => c.closes.some((x) => x.code === 4401), 5000, 'expiry close');
    c.destroy();
  });

  it('view tokens read and share presence but their writes never reach others or storage', async () => {
    const editor = client(r, 'viewed', await shareToken(r, 'viewed', 'edit'));
    const viewer = client(r, 'viewed', await shareToken(r, 'viewed', 'view'));
    await Promise.all([synced(editor), synced(viewer)]);
    editor.doc.getMap('m').set('from-editor', 1);
    await waitFor(() => viewer.doc.getMap('m').get('from-editor') === 1, 5000, 'viewer reads');
    viewer.doc.getMap('m').set('from-viewer', 1);
    viewer.provider.awareness.setLocalStateField('user', { name: 'Viewer' });
    await waitFor(
      () => editor.provider.awareness.getStates().has(viewer.doc.clientID),
      5000,
      'viewer presence',
    );
    editor.doc.getMap('m').set('after', 2);
    await waitFor(() => viewer.doc.getMap('m').get('after') === 2, 5000, 'later edit');
    expect(editor.doc.getMap('m').has('from-viewer')).toBe(false);
    const late = client(r, 'viewed', r.adminToken);
    await synced(late);
    expect(late.doc.getMap('m').has('from-viewer')).toBe(false);
    expect(late.doc.getMap('m').get('after')).toBe(2);
    for (const c of [editor, viewer, late]) c.destroy();
  });

  it('tells each connection its role (auth message) and over HTTP (whoami)', async () => {
    const view = await shareToken(r, 'roles', 'view');
    const s = rawSocket(`${r.ws}/sync/roles?t=${view}`);
    await waitFor(() => s.received.length >= 1, 5000, 'role message');
    // [2 auth, 100 role, varString "view"]
    expect([...s.received[0]!]).toEqual([2, 100, 4, ...Buffer.from('view')]);
    s.ws.close();
    const who = await fetch(`${r.http}/api/maps/roles/whoami?t=${view}`);
    expect(await who.json()).toEqual({ role: 'view' });
    expect((await fetch(`${r.http}/api/maps/roles/whoami?t=nope`)).status).toBe(401);
    const fac = await fetch(
      `${r.http}/api/maps/roles/whoami?t=${await shareToken(r, 'roles', 'facilitator')}`,
    );
    expect(await fac.json()).toEqual({ role: 'facilitator' });
  });

  it('share API checks the admin token, role, expiry and map id', async () => {
    const post = (path: string, body: unknown, token = r.adminToken) =>
      fetch(`${r.http}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    expect((await post('/api/maps/m1/share', { role: 'edit' }, 'wrong')).status).toBe(401);
    expect((await post('/api/maps/m1/share', { role: 'owner' })).status).toBe(400);
    expect((await post('/api/maps/m1/share', { role: 'view', expiresInHours: -1 })).status).toBe(
      400,
    );
    expect((await post('/api/maps/bad%20id/share', { role: 'view' })).status).toBe(400);
    const ok = await post('/api/maps/m1/share', { role: 'view', expiresInHours: 2 });
    const body = (await ok.json()) as { token: string; url: string };
    expect(body.url).toBe(`http://127.0.0.1:${r.port}/map/m1?t=${encodeURIComponent(body.token)}`);
    expect((await post('/api/maps/m1/revoke', {}, 'wrong')).status).toBe(401);
  });

  it('checks the browser origin: same origin and ALLOWED_ORIGINS pass, others get 4403', async () => {
    const url = `${r.ws}/sync/origins?t=${r.adminToken}`;
    expect(await refusedBeforeAnyByte(url, { Origin: 'https://evil.example' })).toMatchObject({
      code: 4403,
      bytes: 0,
    });
    for (const origin of [`http://127.0.0.1:${r.port}`, 'https://allowed.example']) {
      const s = rawSocket(url, { Origin: origin });
      await waitFor(() => s.received.length >= 2, 5000, `greeting for ${origin}`);
      s.ws.close();
    }
  });

  it('rejects map ids that break the id rule before opening anything', async () => {
    const long = 'x'.repeat(65);
    for (const id of [long, 'a.b', 'a%2Fb', 'sp%20ace', '%E0%A4%A']) {
      expect(await refusedBeforeAnyByte(`${r.ws}/sync/${id}?t=${r.adminToken}`), id).toMatchObject({
        code: 4404,
        bytes: 0,
      });
    }
  });
});
