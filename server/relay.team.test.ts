// The team repository against a real relay child process: the catalog after pushes and
// live edits, GET /api/maps with every kind of token, workspace links over WebSocket,
// trash/restore role checks, bad input, and the rebuild at start.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMapDoc, updateMeta } from '../src/doc';
import { parseMapFile } from '../src/model/parseMapFile';
import type { JourneyMap } from '../src/model/types';
import { createShareToken, createWorkspaceToken } from './auth';
import { client, shareToken, startRelay, synced, waitFor } from './testing';
import type { RelayProcess } from './testing';
import { stoppedAfterEach } from './startedTesting';

const FIXTURES = fileURLToPath(new URL('../src/model/fixtures', import.meta.url));
const fixture = (name: string): JourneyMap => {
  const parsed = parseMapFile(readFileSync(join(FIXTURES, `${name}.journey.json`), 'utf8'));
  if (!parsed.ok) throw new Error('fixture invalid');
  return parsed.map;
};

const { relays, clients } = stoppedAfterEach();

async function relay(options?: Parameters<typeof startRelay>[0]): Promise<RelayProcess> {
  const r = await startRelay(options);
  relays.push(r);
  return r;
}

interface Row {
  id: string;
  kind: string;
  title: string;
  trashed: boolean;
  cardCount: number;
  tags: string[];
  updatedAt: string;
  cardsByLaneType: Record<string, number>;
  phases: { id: string; name: string }[];
}

async function list(r: RelayProcess, token?: string): Promise<{ status: number; maps: Row[] }> {
  const res = await fetch(`${r.http}/api/maps`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as { maps?: Row[] };
  return { status: res.status, maps: body.maps ?? [] };
}

function post(r: RelayProcess, path: string, token: string, body?: string): Promise<Response> {
  return fetch(`${r.http}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body }),
  });
}

async function workspaceLink(r: RelayProcess, role: string): Promise<string> {
  const res = await post(r, '/api/workspace/share', r.adminToken, JSON.stringify({ role }));
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

/** Makes a map on the relay the way a browser does: a stock client writing a new map doc. */
async function createOnRelay(r: RelayProcess, map: JourneyMap, token = r.adminToken) {
  const c = client(r, map.id, token);
  clients.push(c);
  await synced(c);
  createMapDoc(map, c.doc);
  return c;
}

const ids = (rows: Row[]) => rows.map((m) => m.id).sort();

/** Polls `read` until `ok` holds (the catalog is derived in the background); 10 s at most. */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const rowsOf = (r: RelayProcess, n: number) =>
  until(
    async () => (await list(r, r.adminToken)).maps,
    (rows) => rows.length >= n,
  );

/** A relay holding the two sample maps, both listed. */
async function relayWithBothSamples() {
  const r = await relay();
  const kfz = fixture('kfz-versicherung');
  const saas = fixture('saas-onboarding');
  await createOnRelay(r, kfz);
  await createOnRelay(r, saas);
  await rowsOf(r, 2);
  return { r, kfz, saas };
}

describe('the relay catalog', () => {
  it('lists a map made by a client, with its derived fields, and follows a rename', async () => {
    const r = await relay();
    const kfz = fixture('kfz-versicherung');
    const writer = await createOnRelay(r, kfz);
    const rows = await rowsOf(r, 1);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ id: kfz.id, kind: 'map', title: kfz.title, trashed: false });
    expect(row.cardCount).toBe(kfz.cards.length);
    expect(row.phases).toEqual(kfz.phases.map((p) => ({ id: p.id, name: p.name })));
    const byType = Object.values(row.cardsByLaneType).reduce((a, b) => a + b, 0);
    expect(byType).toBe(kfz.cards.length);

    updateMeta(writer.doc, { title: 'Renamed elsewhere' });
    const renamed = await until(
      async () => (await list(r, r.adminToken)).maps[0]?.title,
      (t) => t === 'Renamed elsewhere',
    );
    expect(renamed).toBe('Renamed elsewhere');
  });

  it('answers 304 to an unchanged list and 200 once something changed', async () => {
    const r = await relay();
    await createOnRelay(r, fixture('saas-onboarding'));
    await rowsOf(r, 1);
    const first = await fetch(`${r.http}/api/maps?t=${encodeURIComponent(r.adminToken)}`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${r.http}/api/maps?t=${encodeURIComponent(r.adminToken)}`, {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    await createOnRelay(r, fixture('kfz-versicherung'));
    const status = await until(
      async () =>
        (
          await fetch(`${r.http}/api/maps?t=${encodeURIComponent(r.adminToken)}`, {
            headers: { 'If-None-Match': etag },
          })
        ).status,
      (s) => s !== 304,
    );
    expect(status).toBe(200);
  });

  it('rebuilds missing rows at start, and ignores rooms that hold no map', async () => {
    const r1 = await relay();
    await createOnRelay(r1, fixture('kfz-versicherung'));
    const other = client(r1, 'not-a-map', r1.adminToken);
    clients.push(other);
    await synced(other);
    other.doc.getMap('m').set('x', 1);
    await rowsOf(r1, 1);
    for (const c of clients.splice(0)) c.destroy();
    expect(await r1.stop('SIGTERM')).toBe(0);
    const db = new Database(join(r1.dataDir, 'relay.sqlite'));
    db.exec('DELETE FROM catalog');
    db.close();
    const r2 = await relay({ dataDir: r1.dataDir });
    const rows = await rowsOf(r2, 1);
    expect(ids(rows)).toEqual([fixture('kfz-versicherung').id]);
  });
});

describe('GET /api/maps and the links', () => {
  it('lists by token: admin and workspace all, a map link its map, anything else 401', async () => {
    const { r, kfz, saas } = await relayWithBothSamples();
    const all = [kfz.id, saas.id].sort();
    for (const role of ['view', 'edit', 'facilitator']) {
      const token = await workspaceLink(r, role);
      const res = await list(r, token);
      expect(res.status, role).toBe(200);
      expect(ids(res.maps), role).toEqual(all);
    }
    const mapLink = await shareToken(r, kfz.id, 'edit');
    expect(ids((await list(r, mapLink)).maps)).toEqual([kfz.id]);

    const revokedMap = await shareToken(r, saas.id, 'view');
    expect((await post(r, `/api/maps/${saas.id}/revoke`, r.adminToken)).status).toBe(200);
    const past = new Date(Date.now() - 60_000);
    const expiredWs = createWorkspaceToken(r.secret, 'edit', 0, past);
    const expiredMap = createShareToken(r.secret, kfz.id, 'edit', 0, past);
    const forged = createWorkspaceToken('not-the-secret', 'edit', 0);
    for (const [what, token] of [
      ['revoked map link', revokedMap],
      ['expired workspace link', expiredWs],
      ['expired map link', expiredMap],
      ['forged', forged],
      ['garbage', 'garbage'],
      ['none', undefined],
    ] as const) {
      const res = await list(r, token);
      expect(res.status, what).toBe(401);
      expect(res.maps, what).toEqual([]);
    }
  });

  it('a workspace link opens every map, present and future, with its role; revoke ends it', async () => {
    const r = await relay();
    const kfz = fixture('kfz-versicherung');
    await createOnRelay(r, kfz);
    const edit = await workspaceLink(r, 'edit');
    const view = await workspaceLink(r, 'view');

    const later = client(r, 'made-later', edit);
    clients.push(later);
    await synced(later);
    later.doc.getMap('m').set('by', 'workspace editor');
    const admin = client(r, 'made-later', r.adminToken);
    clients.push(admin);
    await waitFor(() => admin.doc.getMap('m').get('by') === 'workspace editor', 5000, 'edit');

    const viewer = client(r, kfz.id, view);
    clients.push(viewer);
    await synced(viewer);
    expect(viewer.doc.getMap('meta').get('title')).toBe(kfz.title);
    viewer.doc.getMap('m').set('sneaky', true);
    const check = client(r, kfz.id, r.adminToken, new Y.Doc());
    clients.push(check);
    await synced(check);
    expect(check.doc.getMap('m').get('sneaky')).toBeUndefined();

    const who = await fetch(`${r.http}/api/maps/anything/whoami?t=${encodeURIComponent(view)}`);
    expect(await who.json()).toEqual({ role: 'view' });

    const revoked = await post(r, '/api/workspace/revoke', r.adminToken);
    expect(revoked.status).toBe(200);
    await waitFor(() => later.closes.some((c) => c.code === 4401), 5000, 'closed 4401');
    expect((await list(r, edit)).status).toBe(401);
    const fresh = await workspaceLink(r, 'view');
    expect((await list(r, fresh)).status).toBe(200);
  });

  it('a map link cannot read or open other maps', async () => {
    const { r, kfz, saas } = await relayWithBothSamples();
    const link = await shareToken(r, kfz.id, 'facilitator');
    const other = await fetch(`${r.http}/api/maps/${saas.id}`, {
      headers: { Authorization: `Bearer ${link}` },
    });
    expect(other.status).toBe(401);
    const own = await fetch(`${r.http}/api/maps/${kfz.id}`, {
      headers: { Authorization: `Bearer ${link}` },
    });
    expect(own.status).toBe(200);
    const c = client(r, saas.id, link);
    clients.push(c);
    await waitFor(() => c.closes.some((x) => x.code === 4401), 5000, '4401');
    expect((await post(r, `/api/maps/${saas.id}/trash`, link)).status).toBe(401);
  });
});

describe('trash and restore on the relay', () => {
  it('facilitator and admin may; view and edit get 403 and nothing changes', async () => {
    const r = await relay();
    const kfz = fixture('kfz-versicherung');
    await createOnRelay(r, kfz);
    await rowsOf(r, 1);
    for (const role of ['view', 'edit']) {
      const res = await post(r, `/api/maps/${kfz.id}/trash`, await workspaceLink(r, role));
      expect(res.status, role).toBe(403);
      expect(((await res.json()) as { error: string }).error).toBe('forbidden');
    }
    expect((await list(r, r.adminToken)).maps[0]!.trashed).toBe(false);
    const facilitator = await workspaceLink(r, 'facilitator');
    const trashed = await post(r, `/api/maps/${kfz.id}/trash`, facilitator);
    expect(trashed.status).toBe(200);
    expect((await list(r, facilitator)).maps[0]!.trashed).toBe(true);
    expect((await post(r, `/api/maps/${kfz.id}/restore`, r.adminToken)).status).toBe(200);
    expect((await list(r, facilitator)).maps[0]!.trashed).toBe(false);
  });
});

describe('bad input', () => {
  it('answers 404, 400 and 405 with a reason', async () => {
    const r = await relay();
    const unknown = await fetch(`${r.http}/api/maps/nope`, {
      headers: { Authorization: `Bearer ${r.adminToken}` },
    });
    expect(unknown.status).toBe(404);
    expect((await post(r, '/api/maps/nope/trash', r.adminToken)).status).toBe(404);
    const badId = await fetch(`${r.http}/api/maps/${encodeURIComponent('a b')}`, {
      headers: { Authorization: `Bearer ${r.adminToken}` },
    });
    expect(badId.status).toBe(400);
    for (const body of ['{', '[]', '{"role":"owner"}', '{"role":"edit","expiresInHours":-1}']) {
      const res = await post(r, '/api/workspace/share', r.adminToken, body);
      expect(res.status, body).toBe(400);
      const json = (await res.json()) as { error: string; message: string };
      expect(json.message.length, body).toBeGreaterThan(10);
    }
    const edit = await workspaceLink(r, 'edit');
    expect((await post(r, '/api/workspace/share', edit, '{"role":"edit"}')).status).toBe(401);
    expect((await post(r, '/api/workspace/revoke', edit)).status).toBe(401);
    expect((await list(r, edit)).status).toBe(200);
    expect((await fetch(`${r.http}/api/maps`, { method: 'POST' })).status).toBe(405);
  });
});
