// The team repository as a map source, against a real relay child process: one request
// lists every map, a change is an ordinary synced change a stock client sees live, a
// view link changes nothing, and with the device source a map on both is listed once.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { client, shareToken, startRelay, synced, waitFor } from '../../server/testing';
import type { RelayProcess, TestClient } from '../../server/testing';
import { createMapDoc, exportMap, updateAction, updateCard } from '../doc';
import { loadFixture } from '../model/fixtures.testkit';
import type { JourneyMap } from '../model/types';
import { createLocalMap, deviceMaps } from '../storage';
import { freshIndexedDbBackend } from '../storage/testBackend';
import { listOpenableMaps, openableMapSources } from './openableMaps';
import { teamMapSource } from './teamMaps';

const kfz = () => loadFixture('kfz-versicherung') as unknown as JourneyMap;
const saas = () => loadFixture('saas-onboarding') as unknown as JourneyMap;
const KFZ = 'kfz-versicherung-2026';
let relay: RelayProcess;
let watcher: TestClient;

beforeAll(async () => {
  relay = await startRelay();
  watcher = client(relay, KFZ, relay.adminToken);
  await synced(watcher);
  createMapDoc(kfz(), watcher.doc);
  const team = client(relay, 'team-only', relay.adminToken);
  await synced(team);
  createMapDoc({ ...saas(), id: 'team-only', title: 'Nur im Team' }, team.doc);
  await waitFor(() => team.provider.synced, 5000, 'sync');
  // both maps stored before the tests read them
  await waitFor(
    async () =>
      (await teamMapSource({ relayUrl: relay.ws, token: relay.adminToken }).list()).length === 2,
    10_000,
    'two team maps',
  );
  team.destroy();
}, 40_000);
afterAll(async () => {
  watcher?.destroy();
  await relay?.stop('SIGKILL');
});
beforeEach(() => {
  freshIndexedDbBackend();
});

const login = () => ({ relayUrl: relay.ws, token: relay.adminToken });

describe('teamMapSource', () => {
  it('lists every map the login may open in one request', async () => {
    const maps = await teamMapSource(login()).list();
    expect(maps.map((m) => m.id).sort()).toEqual([KFZ, 'team-only']);
    const viewLink = await shareToken(relay, 'team-only', 'view');
    const one = await teamMapSource({ relayUrl: relay.ws, token: viewLink }).list();
    expect(one.map((m) => m.id)).toEqual(['team-only']);
    await expect(teamMapSource({ relayUrl: relay.ws, token: 'nope' }).list()).rejects.toThrow();
  });

  it('a change is an ordinary synced change: an open board sees it', async () => {
    const source = teamMapSource(login(), { WebSocketImpl: WebSocket });
    const after = await source.change(KFZ, (doc) => {
      updateAction(doc, 'ac1', { status: 'doing', ownerTeam: 'Schadenservice' });
      updateCard(doc, 'op1', { impact: 1, effort: 5 });
    });
    expect(after.actions?.find((a) => a.id === 'ac1')?.status).toBe('doing');
    await waitFor(
      () => {
        const seen = exportMap(watcher.doc);
        return (
          seen.actions?.find((a) => a.id === 'ac1')?.ownerTeam === 'Schadenservice' &&
          seen.cards.find((c) => c.id === 'op1')?.impact === 1
        );
      },
      10_000,
      'the change at the open board',
    );
    // and the next list (the relay's cache) has it
    const listed = (await source.list()).find((m) => m.id === KFZ)!;
    expect(listed.cards.find((c) => c.id === 'op1')).toMatchObject({ impact: 1, effort: 5 });
  });

  it('a view link changes nothing', async () => {
    const view = await shareToken(relay, KFZ, 'view');
    const source = teamMapSource({ relayUrl: relay.ws, token: view }, { WebSocketImpl: WebSocket });
    await expect(
      source.change(KFZ, (doc) => updateAction(doc, 'ac1', { status: 'done' })),
    ).rejects.toThrow('view link');
    expect(exportMap(watcher.doc).actions?.find((a) => a.id === 'ac1')?.status).not.toBe('done');
  });
});

describe('every map the user can open', () => {
  it('device and team maps, a map on both listed once (the team copy), a dead relay leaves the device maps', async () => {
    await createLocalMap(kfz()); // also on the relay
    await createLocalMap({ ...kfz(), id: 'device-only', title: 'Nur hier' });
    const { maps, failed } = await listOpenableMaps(openableMapSources(login()));
    expect(failed).toEqual([]);
    const byId = new Map(maps.map((m) => [m.map.id, m]));
    expect([...byId.keys()].sort()).toEqual(['device-only', KFZ, 'team-only']);
    expect(byId.get(KFZ)).toMatchObject({ source: 'team', sources: ['team', 'device'] });
    expect(byId.get('device-only')).toMatchObject({ source: 'device', sources: ['device'] });
    expect(byId.get('team-only')).toMatchObject({ source: 'team', sources: ['team'] });

    const away = await listOpenableMaps([
      teamMapSource({ relayUrl: 'ws://127.0.0.1:9', token: 'x' }),
      deviceMaps,
    ]);
    expect(away.failed).toEqual(['team']);
    expect(away.maps.map((m) => m.map.id).sort()).toEqual(['device-only', KFZ]);
  });
});
