// GET /api/insights and GET /api/insights/maps with every kind of token, against a real
// relay child process; and the per-map cache: an edit by a stock client, a trashed map
// and a revoked workspace link all show in the next answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCard } from '../src/doc';
import type { PainPointRow } from '../src/model/insights';
import type { JourneyMap } from '../src/model/types';
import { KFZ, pushFixture, SAAS } from './pushTesting';
import { client, shareToken, startRelay, synced, waitFor } from './testing';
import type { RelayProcess } from './testing';

let relay: RelayProcess;

function get(path: string, token?: string): Promise<Response> {
  return fetch(`${relay.http}${path}`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
}

function post(path: string, token: string, body?: string): Promise<Response> {
  return fetch(`${relay.http}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body }),
  });
}

async function workspaceLink(role: string): Promise<string> {
  const res = await post('/api/workspace/share', relay.adminToken, JSON.stringify({ role }));
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function mapIdsOf(kind: string, token: string | undefined): Promise<number | string[]> {
  const res = await get(`/api/insights?kind=${kind}`, token);
  if (res.status !== 200) return res.status;
  return [...new Set(((await res.json()) as { mapId: string }[]).map((r) => r.mapId))].sort();
}

beforeAll(async () => {
  relay = await startRelay();
  await pushFixture(relay, 'kfz-versicherung');
  await pushFixture(relay, 'saas-onboarding');
  // the catalog derives its rows shortly after the commits
  await waitFor(
    async () => (await get('/api/maps', relay.adminToken).then((r) => r.json())).maps.length === 2,
    10_000,
    'catalog rows',
  );
}, 30_000);
afterAll(async () => {
  await relay?.stop('SIGKILL');
});

describe('GET /api/insights: every token kind', () => {
  it('admin and workspace view/edit/facilitator links: every map', async () => {
    const tokens = [
      relay.adminToken,
      await workspaceLink('view'),
      await workspaceLink('edit'),
      await workspaceLink('facilitator'),
    ];
    for (const token of tokens) expect(await mapIdsOf('painPoints', token)).toEqual([KFZ, SAAS]);
  });

  it('a map link: its map only, whatever its role', async () => {
    for (const role of ['view', 'edit', 'facilitator'])
      expect(await mapIdsOf('kpis', await shareToken(relay, KFZ, role))).toEqual([KFZ]);
  });

  it('no token, a wrong or forged one, a revoked workspace link: 401', async () => {
    const revoked = await workspaceLink('edit');
    expect(await mapIdsOf('painPoints', revoked)).toEqual([KFZ, SAAS]);
    expect((await post('/api/workspace/revoke', relay.adminToken)).status).toBe(200);
    for (const token of [undefined, 'wrong', 'v1.e30.bogus', revoked])
      expect(await mapIdsOf('actions', token), String(token)).toBe(401);
    expect((await get('/api/insights/maps')).status).toBe(401);
    expect((await get('/api/insights/maps', revoked)).status).toBe(401);
  });
});

describe('GET /api/insights/maps', () => {
  it('gives the maps as format v1, a map link only its map', async () => {
    const all = (await (await get('/api/insights/maps', relay.adminToken)).json()) as {
      maps: JourneyMap[];
      role: string;
    };
    expect(all.role).toBe('admin');
    expect(all.maps.map((m) => m.id).sort()).toEqual([KFZ, SAAS]);
    expect(all.maps.find((m) => m.id === KFZ)!.cards.length).toBeGreaterThan(5);
    const one = await get('/api/insights/maps', await shareToken(relay, SAAS, 'view'));
    const body = (await one.json()) as { maps: JourneyMap[]; role: string };
    expect({ ids: body.maps.map((m) => m.id), role: body.role }).toEqual({
      ids: [SAAS],
      role: 'view',
    });
  });
});

describe('the per-map cache', () => {
  it('an edit by a stock client shows in the next answer', async () => {
    const first = (await (
      await get('/api/insights?kind=painPoints', relay.adminToken)
    ).json()) as PainPointRow[];
    const row = first.find((r) => r.mapId === KFZ)!;
    const editor = client(relay, KFZ, relay.adminToken);
    try {
      await synced(editor);
      const severity = row.severity === 1 ? 2 : 1;
      updateCard(editor.doc, row.cardId, { severity });
      await waitFor(
        async () => {
          const rows = (await (
            await get('/api/insights?kind=painPoints', relay.adminToken)
          ).json()) as PainPointRow[];
          return rows.find((r) => r.cardId === row.cardId)?.severity === severity;
        },
        10_000,
        'the new severity in the rows',
      );
    } finally {
      editor.destroy();
    }
  });

  it('a trashed map leaves the answer; restored, it is back', async () => {
    expect((await post(`/api/maps/${SAAS}/trash`, relay.adminToken)).status).toBe(200);
    expect(await mapIdsOf('kpis', relay.adminToken)).toEqual([KFZ]);
    expect((await post(`/api/maps/${SAAS}/restore`, relay.adminToken)).status).toBe(200);
    expect(await mapIdsOf('kpis', relay.adminToken)).toEqual([KFZ, SAAS]);
  });
});
