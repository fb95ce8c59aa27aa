// openMap against a real relay child process (happy-dom's WebSocket): the catalog
// learns local → pending → synced for the home screen, and a token the relay refuses
// (4401) is forgotten so the map is simply local again, with one message and no
// reconnect loop.
import { get } from 'node:http';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShareToken } from '../../server/auth';
import { startRelay } from '../../server/testing';
import type { RelayProcess } from '../../server/testing';
import { standardTemplate } from '../model/templates';
import { catalog, createLocalMap, getMapConnection, setMapConnection } from '../storage';
import { getDeviceConnection, setDeviceConnection } from '../storage/connection';
import { App } from './App';
import { resetAppAroundEachTest } from './appTesting';
import { navigate } from './router';

let relay: RelayProcess;
beforeAll(async () => {
  // happy-dom's pages live at http://localhost:3000
  relay = await startRelay({ env: { ALLOWED_ORIGINS: window.location.origin } });
}, 30_000);
afterAll(async () => {
  await relay.stop('SIGKILL');
});
resetAppAroundEachTest();

async function openBoard(id: string, title: string): Promise<void> {
  act(() => navigate(`/map/${id}`));
  render(<App />);
  expect(await screen.findByRole('heading', { name: title }, { timeout: 10_000 })).toBeTruthy();
}

const syncState = async (id: string) => (await catalog.get(id))?.syncState;
const statusText = () => screen.getByRole('status', { name: 'Sync status' }).textContent ?? '';

describe('openMap with a relay', () => {
  it('a local map opened with the relay login syncs, and the catalog says so', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Goes online' }));
    expect(await syncState(id)).toBe('local');
    setDeviceConnection({ relayUrl: relay.http, token: relay.adminToken });
    await openBoard(id, 'Goes online');
    await waitFor(() => expect(statusText()).toContain('Synced'), { timeout: 10_000 });
    await waitFor(async () => expect(await syncState(id)).toBe('synced'), { timeout: 10_000 });
    // and the relay really has it: its update log has rows for the map
    expect(await relayGet('/metrics')).toMatch(
      /journeyboard_storage_writes_total\{kind="update"\} [1-9]/,
    );
  });

  it('a refused share link is forgotten: local again, one message, no loop', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Revoked link' }));
    const forged = createShareToken('not-the-relay-secret', id, 'edit', 0);
    await setMapConnection(id, { relayUrl: relay.http, token: forged });
    await catalog.setFlags(id, { syncState: 'synced' });
    await openBoard(id, 'Revoked link');
    expect(await screen.findByText(/No access/, undefined, { timeout: 10_000 })).toBeTruthy();
    await waitFor(async () => expect(await getMapConnection(id)).toBeUndefined());
    await waitFor(async () => expect(await syncState(id)).toBe('local'));
    expect(window.__journeyboard!.session!.readOnly).toBe(false);
    const before = await refused();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await refused()).toBe(before);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('a refused relay login is forgotten for the whole origin', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Old login' }));
    setDeviceConnection({ relayUrl: relay.http, token: 'an-old-admin-token' });
    await openBoard(id, 'Old login');
    expect(await screen.findByText(/No access/, undefined, { timeout: 10_000 })).toBeTruthy();
    expect(getDeviceConnection()).toBeNull();
    expect(window.__journeyboard!.session!.readOnly).toBe(false);
  });
});

/** GET from the relay with node's http (happy-dom's fetch applies CORS). */
function relayGet(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(`${relay.http}${path}`, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

/** Connections the relay refused so far, from its metrics. */
async function refused(): Promise<number> {
  const text = await relayGet('/metrics');
  return text
    .split('\n')
    .filter((l) => l.startsWith('journeyboard_refused_connections_total{'))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}
