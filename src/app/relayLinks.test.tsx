// Link tokens in the app: the admin link becomes this device's relay login, share
// links stay with their map, a view link is read-only before the relay says a word,
// and Share is offered only to those who may make links. The relay is unreachable
// here on purpose (port 9): everything below must hold offline.
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createShareToken } from '../../server/auth';
import { standardTemplate } from '../model/templates';
import { createLocalMap, getMapConnection, setMapConnection } from '../storage';
import { getDeviceConnection, setDeviceConnection } from '../storage/connection';
import { App } from './App';
import { resetAppAroundEachTest } from './appTesting';
import { navigate } from './router';

const OFFLINE_RELAY = 'http://127.0.0.1:9';
const link = (mapId: string, role: 'edit' | 'view' | 'facilitator') =>
  createShareToken('test-secret', mapId, role, 0);

resetAppAroundEachTest();

async function openBoard(title: string): Promise<void> {
  expect(await screen.findByRole('heading', { name: title }, { timeout: 10_000 })).toBeTruthy();
  await waitFor(() => expect(window.__journeyboard?.session).toBeTruthy());
}

const shareButton = () => screen.queryByRole('button', { name: 'Share' });

describe('link tokens', () => {
  it('the admin link on / becomes the relay login of this origin and leaves the address bar', () => {
    act(() => navigate('/?t=the-admin-token&lang=de#top'));
    render(<App />);
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe('?lang=de');
    expect(window.location.hash).toBe('#top');
    expect(getDeviceConnection()).toEqual({
      relayUrl: window.location.origin,
      token: 'the-admin-token',
    });
  });

  it('a share link on / opens its map, stores the link for that map only', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Linked map' }));
    const token = link(id, 'edit');
    act(() => navigate(`/?t=${encodeURIComponent(token)}`));
    render(<App />);
    await openBoard('Linked map');
    expect(window.location.pathname).toBe(`/map/${id}`);
    expect(window.location.search).toBe('');
    expect(getDeviceConnection()).toBeNull();
    expect(await getMapConnection(id)).toEqual({ relayUrl: window.location.origin, token });
  });

  it('a share link for map A does not connect local map B', async () => {
    const a = await createLocalMap(standardTemplate('en', { title: 'Map A' }));
    const b = await createLocalMap(standardTemplate('en', { title: 'Map B' }));
    await setMapConnection(a, { relayUrl: OFFLINE_RELAY, token: link(a, 'edit') });
    act(() => navigate(`/map/${b}?t=${encodeURIComponent(link(a, 'view'))}`));
    render(<App />);
    await openBoard('Map B');
    expect(screen.getByRole('status', { name: 'Sync status' }).textContent).toContain(
      'This device only',
    );
    expect(window.__journeyboard!.session!.readOnly).toBe(false);
    expect(await getMapConnection(b)).toBeUndefined();
  });

  it('a view link gives a read-only board offline, before any word from the relay', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Viewed offline' }));
    await setMapConnection(id, { relayUrl: OFFLINE_RELAY, token: link(id, 'view') });
    act(() => navigate(`/map/${id}`));
    render(<App />);
    await openBoard('Viewed offline');
    expect(window.__journeyboard!.session!.readOnly).toBe(true);
    expect(screen.getByText('View only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Add phase/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(shareButton()).toBeNull();
  });

  it('a token whose role cannot be read is read-only until the relay says', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Unknown role' }));
    await setMapConnection(id, { relayUrl: OFFLINE_RELAY, token: 'v1.garbled.sig' });
    act(() => navigate(`/map/${id}`));
    render(<App />);
    await openBoard('Unknown role');
    expect(window.__journeyboard!.session!.readOnly).toBe(true);
  });

  it.each([
    ['the admin login', 'admin', true],
    ['a facilitator link', 'facilitator', true],
    ['an edit link', 'edit', false],
    ['a view link', 'view', false],
    ['no relay', 'none', false],
  ] as const)('Share offered with %s (%s token)', async (_what, kind, shown) => {
    const id = await createLocalMap(standardTemplate('en', { title: `Share ${kind}` }));
    if (kind === 'admin') setDeviceConnection({ relayUrl: OFFLINE_RELAY, token: 'admin-token' });
    else if (kind !== 'none')
      await setMapConnection(id, { relayUrl: OFFLINE_RELAY, token: link(id, kind) });
    act(() => navigate(`/map/${id}`));
    render(<App />);
    await openBoard(`Share ${kind}`);
    expect(!!shareButton()).toBe(shown);
    expect(window.__journeyboard!.session!.readOnly).toBe(kind === 'view');
  });
});
