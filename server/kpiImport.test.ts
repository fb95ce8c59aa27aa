// `journey kpi import` and `journey report --relay` against a real relay child process.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMap } from '../src/doc';
import type { KpiRow } from '../src/model/insights';
import { client, shareToken, synced, waitFor } from './testing';
import { startCliRelay, withRelay, type Journey } from './cliTesting';
import type { RelayProcess, TestClient } from './testing';

const FIXTURES = fileURLToPath(new URL('../src/model/fixtures', import.meta.url));
const KFZ = 'kfz-versicherung-2026';
const SAAS = 'saas-onboarding';
let relay: RelayProcess;
let dir: string;
let watcher: TestClient;
let journey: Journey;

function csv(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

const count = (mapDoc: TestClient, cardId: string) =>
  exportMap(mapDoc.doc).cards.find((c) => c.id === cardId)?.kpi?.measurements?.length ?? 0;

beforeAll(async () => {
  ({ relay, dir, journey } = await startCliRelay('jb-kpi-'));
  for (const name of ['kfz-versicherung', 'saas-onboarding']) {
    const run = await withRelay(journey, relay, 'push', `${FIXTURES}/${name}.journey.json`);
    if (run.code !== 0) throw new Error(run.err);
  }
  watcher = client(relay, KFZ, relay.adminToken);
  await synced(watcher);
});
afterAll(async () => {
  watcher?.destroy();
  await relay?.stop('SIGKILL');
});

describe('journey kpi import', () => {
  it('names every bad row by its line and writes nothing', async () => {
    const file = csv(
      'bad.csv',
      [
        'mapId,cardId,date,value',
        `${KFZ},kp1,2026-12-01,20.5`,
        `${KFZ},kp1,2026-13-01,20`,
        `${KFZ},kp1,2026-12-02,"20,5"`,
        `${KFZ},kp1,2026-12-03,`,
        `${KFZ},kp1,2026-12-04`,
        `${SAAS},k1,2026-12-01,1e999`,
        '',
      ].join('\n'),
    );
    const run = await withRelay(journey, relay, 'kpi', 'import', file);
    expect(run.code).toBe(1);
    expect(run.err).toContain('nothing was written');
    for (const line of [3, 4, 5, 6, 7]) expect(run.err).toContain(`line ${line}:`);
    expect(run.err).not.toContain('line 2:');
    expect(run.err).toContain('line 4: value "20,5" is not a number (use a decimal point)');
    expect(run.err).toContain('line 6: 3 cells, expected 4');
  });

  it('checks maps and cards on the relay before writing anything', async () => {
    const before = count(watcher, 'kp1');
    const file = csv(
      'unknown.csv',
      [
        'mapId,cardId,date,value',
        `${KFZ},kp1,2026-12-01,20.5`,
        `${KFZ},pp1,2026-12-01,3`,
        `${KFZ},gone,2026-12-01,3`,
        `no-such-map,kp1,2026-12-01,3`,
      ].join('\r\n'),
    );
    const run = await withRelay(journey, relay, 'kpi', 'import', file);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`line 3: card "pp1" of map "${KFZ}" is not a KPI`);
    expect(run.err).toContain(`line 4: map "${KFZ}" has no card "gone"`);
    expect(run.err).toContain('line 5: there is no map "no-such-map"');
    expect(count(watcher, 'kp1')).toBe(before);
  });

  it('refuses a wrong header and a view link', async () => {
    const header = await journey(
      'kpi',
      'import',
      csv('h.csv', 'map,card,date,value\nx,y,2026-01-01,1\n'),
      '--relay',
      relay.ws,
      '--token',
      relay.adminToken,
    );
    expect(header).toMatchObject({ code: 1 });
    expect(header.err).toContain('line 1: the header must be mapId,cardId,date,value');
    const view = await shareToken(relay, KFZ, 'view');
    const ok = csv('one.csv', `mapId,cardId,date,value\n${KFZ},kp3,2026-12-01,1\n`);
    const refused = await journey('kpi', 'import', ok, '--relay', relay.ws, '--token', view);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('view link');
    expect(count(watcher, 'kp3')).toBe(0);
  });

  it('adds every row of a good file; open boards see them; the report shows them', async () => {
    const before = count(watcher, 'kp1');
    const file = csv(
      'good.csv',
      [
        'cardId,mapId,value,date',
        `kp1,${KFZ},18.5,2026-12-01`,
        `kp2,${KFZ},12,2026-12-01`,
        `k1,${SAAS},9,2026-12-01`,
      ].join('\n'),
    );
    const edit = await shareToken(relay, KFZ, 'edit');
    const refused = await journey('kpi', 'import', file, '--relay', relay.ws, '--token', edit);
    expect(refused.code, 'an edit link of one map cannot write the other').toBe(1);
    expect(count(watcher, 'kp1')).toBe(before);
    const run = await withRelay(journey, relay, 'kpi', 'import', file);
    expect(run, run.err).toMatchObject({ code: 0, out: 'added 3 measurements to 2 maps\n' });
    await waitFor(() => count(watcher, 'kp1') === before + 1, 10_000, 'the import at the peer');
    const report = await journey(
      'report',
      '--relay',
      relay.ws,
      '--token',
      relay.adminToken,
      '--kind',
      'kpis',
    );
    expect(report.code, report.err).toBe(0);
    const rows = JSON.parse(report.out) as KpiRow[];
    expect(rows.find((r) => r.cardId === 'kp1')).toMatchObject({ latest: 18.5, status: 'reached' });
    expect(rows.find((r) => r.cardId === 'k1')).toMatchObject({ latest: 9, status: 'reached' });
  });

  it('report --relay refuses without a token', async () => {
    const run = await journey('report', '--relay', relay.ws, '--token', 'nope', '--kind', 'kpis');
    expect(run.code).toBe(1);
    expect(run.err).toContain('401');
  });
});
