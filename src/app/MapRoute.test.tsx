import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { standardTemplate } from '../model/templates';
import { createLocalMap } from '../storage';
import { useLanguageStore } from '../i18n';
import { App } from './App';
import { installTestHook } from './testHook';
import { navigate, parseRoute } from './router';

describe('router', () => {
  it('parses the two routes and keeps the share token', () => {
    expect(parseRoute('/', '')).toEqual({ name: 'home' });
    expect(parseRoute('/map/abc_1-X', '?t=tok')).toEqual({
      name: 'map',
      mapId: 'abc_1-X',
      token: 'tok',
    });
    expect(parseRoute('/map/abc/', '')).toEqual({ name: 'map', mapId: 'abc', token: null });
    expect(parseRoute('/map/bad id', '')).toMatchObject({ name: 'notFound' });
  });
});

describe('map route', () => {
  it('opens a stored map on the board and exposes the session to tests', async () => {
    act(() => useLanguageStore.getState().setLanguage('en'));
    (window as Window).__JOURNEYBOARD_TEST__ = true;
    await installTestHook();
    const id = await createLocalMap(standardTemplate('en', { title: 'Stored map' }));
    act(() => navigate(`/map/${id}`));
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Stored map' }, { timeout: 10_000 }),
    ).toBeTruthy();
    await waitFor(() => expect(window.__journeyboard?.session?.mapId).toBe(id));
    const lanes = window.__journeyboard!.session!.store.getSnapshot().lanes.length;
    expect(lanes).toBeGreaterThan(10);
  });

  it('says "map not found" for a map that is neither stored nor on a relay', async () => {
    act(() => useLanguageStore.getState().setLanguage('en'));
    act(() => navigate('/map/nowhere'));
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Map not found' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to all maps' })).toBeTruthy();
  });
});
