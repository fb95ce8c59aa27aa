// GET /api/insights and the KPI feed (POST …/measurements) against a real relay
// child process, with stock y-websocket clients watching the room live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMap } from '../src/doc';
import type { KpiRow, PainPointRow } from '../src/model/insights';
import { KFZ, pushFixture, SAAS } from './pushTesting';
import { client, shareToken, startRelay, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

let relay: RelayProcess;
let watcher: TestClient;

beforeAll(async () => {
  relay = await startRelay();
  await pushFixture(relay, 'kfz-versicherung');
  await pushFixture(relay, 'saas-onboarding');
  watcher = client(relay, KFZ, relay.adminToken);
  await synced(watcher);
});
afterAll(async () => {
  watcher?.destroy();
  await relay?.stop('SIGKILL');
});

function get(path: string, token?: string): Promise<Response> {
  return fetch(`${relay.http}${path}`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
}

function post(mapId: string, cardId: string, body: string, token?: string): Promise<Response> {
  return fetch(`${relay.http}/api/maps/${mapId}/cards/${cardId}/measurements`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
    },
    body,
  });
}

/** Measurements of a KPI card as the watching peer sees them. */
function watched(cardId: string): { value: number; date: string }[] {
  return [...(exportMap(watcher.doc).cards.find((c) => c.id === cardId)?.kpi?.measurements ?? [])];
}

describe('GET /api/insights', () => {
  it('gives the rows of every stored map to the admin token', async () => {
    const res = await get('/api/insights?kind=painPoints', relay.adminToken);
    expect(res.status).toBe(200);
    const rows = (await res.json()) as PainPointRow[];
    expect(new Set(rows.map((r) => r.mapId))).toEqual(new Set([KFZ, SAAS]));
    expect(rows).toHaveLength(4);
    expect(rows[0]!.severity).toBeGreaterThanOrEqual(rows[3]!.severity ?? 0);
  });

  it('gives a map link only its map, and refuses no or a bad token', async () => {
    const edit = await shareToken(relay, SAAS, 'edit');
    const view = await shareToken(relay, SAAS, 'view');
    for (const token of [edit, view]) {
      const rows = (await (await get('/api/insights?kind=kpis', token)).json()) as KpiRow[];
      expect(rows.map((r) => r.mapId)).toEqual([SAAS]);
    }
    expect((await get('/api/insights?kind=kpis')).status).toBe(401);
    expect((await get('/api/insights?kind=kpis', 'v1.bogus.token')).status).toBe(401);
    expect((await get(`/api/insights?kind=kpis&t=${encodeURIComponent(edit)}`)).status).toBe(200);
  });

  it('refuses an unknown kind', async () => {
    const res = await get('/api/insights?kind=everything', relay.adminToken);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'bad-kind' });
  });
});

describe('POST /api/maps/<mapId>/cards/<cardId>/measurements', () => {
  it('adds one measurement with the admin token, and an open board sees it live', async () => {
    const before = watched('kp1').length;
    const res = await post(KFZ, 'kp1', '{"date":"2026-11-30","value":24.1}', relay.adminToken);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ added: 1 });
    await waitFor(
      () => watched('kp1').length === before + 1,
      10_000,
      'the measurement at the peer',
    );
    expect(watched('kp1').at(-1)).toEqual({ value: 24.1, date: '2026-11-30' });
    const rows = (await (
      await get('/api/insights?kind=kpis', relay.adminToken)
    ).json()) as KpiRow[];
    expect(rows.find((r) => r.cardId === 'kp1')).toMatchObject({
      latest: 24.1,
      status: 'improving',
    });
  });

  it('takes a batch with edit and facilitator links', async () => {
    for (const role of ['edit', 'facilitator']) {
      const token = await shareToken(relay, KFZ, role);
      const before = watched('kp2').length;
      const res = await post(
        KFZ,
        'kp2',
        JSON.stringify([
          { date: '2026-02-01', value: 30 },
          { date: '2026-03-01', value: 25 },
        ]),
        token,
      );
      expect(res.status, role).toBe(200);
      expect(await res.json()).toEqual({ added: 2 });
      await waitFor(
        () => watched('kp2').length === before + 2,
        10_000,
        `${role} batch at the peer`,
      );
    }
  });

  it('refuses view links (403), missing, wrong and other maps’ tokens (401)', async () => {
    const body = '{"date":"2026-11-30","value":1}';
    expect((await post(KFZ, 'kp3', body, await shareToken(relay, KFZ, 'view'))).status).toBe(403);
    expect((await post(KFZ, 'kp3', body)).status).toBe(401);
    expect((await post(KFZ, 'kp3', body, 'nope')).status).toBe(401);
    expect((await post(KFZ, 'kp3', body, await shareToken(relay, SAAS, 'edit'))).status).toBe(401);
    expect(watched('kp3')).toEqual([]);
  });

  it('refuses every bad input whole, naming why, and writes nothing', async () => {
    const admin = relay.adminToken;
    const cases: [string, string, string, number, string][] = [
      ['kp3', '{"date":"2026-02-30","value":1}', 'invalid', 400, 'is not a date'],
      ['kp3', '{"date":"30.11.2026","value":1}', 'invalid', 400, 'is not a date'],
      ['kp3', '{"date":"2026-11-30","value":1e999}', 'invalid', 400, 'not a finite number'],
      ['kp3', '{"date":"2026-11-30","value":"12"}', 'invalid', 400, 'not a finite number'],
      ['kp3', '{"date":"2026-11-30"}', 'invalid', 400, 'not a finite number'],
      ['pp1', '{"date":"2026-11-30","value":1}', 'invalid', 400, 'not in a KPI lane'],
      ['nope', '{"date":"2026-11-30","value":1}', 'unknown-card', 404, 'no card'],
      ['kp3', '{"date":"2026-11-30", value: 1}', 'bad-json', 400, 'must be JSON'],
      ['kp3', '[]', 'invalid', 400, 'no measurement'],
      [
        'kp3',
        '[{"date":"2026-10-01","value":1},{"date":"2026-10-02","value":null},{"date":"x","value":2}]',
        'invalid',
        400,
        'item [1]: value null is not a finite number; item [2]: date "x" is not a date',
      ],
    ];
    for (const [card, body, error, status, message] of cases) {
      const res = await post(KFZ, card, body, admin);
      const answer = (await res.json()) as { error: string; message: string };
      expect({ status: res.status, error: answer.error }, body).toEqual({ status, error });
      expect(answer.message, body).toContain(message);
    }
    const unknownMap = await post('no-such-map', 'kp3', '{"date":"2026-11-30","value":1}', admin);
    expect(unknownMap.status).toBe(404);
    expect(await unknownMap.json()).toMatchObject({ error: 'unknown-map' });
    // nothing of any refused request reached the stored map
    const rows = (await (await get('/api/insights?kind=kpis', admin)).json()) as KpiRow[];
    expect(rows.find((r) => r.cardId === 'kp3')).toMatchObject({ latest: null, status: 'noData' });
    expect(watched('kp3')).toEqual([]);
  });
});
