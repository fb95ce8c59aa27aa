// A map opened before React mounts (main.tsx) is the one the board shows: MapRoute
// takes the early open instead of starting another; an open for another route is
// dropped and closed.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { standardTemplate } from '../model/templates';
import { createLocalMap } from '../storage';
import { App } from './App';
import { resetAppAroundEachTest } from './appTesting';
import { openMapEarly, takeEarlyOpen } from './earlyOpen';
import { navigate } from './router';

resetAppAroundEachTest();

describe('opening a map before React mounts', () => {
  it('MapRoute shows the map the early open loaded, and takes it only once', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Opened early' }));
    act(() => navigate(`/map/${id}`));
    openMapEarly(id, null);
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Opened early' }, { timeout: 10_000 }),
    ).toBeTruthy();
    // MapRoute took it: nothing is left to take
    expect(takeEarlyOpen(id, null)).toBeNull();
  });

  it('an early open for another map or token is not handed out, and is closed', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Other' }));
    openMapEarly(id, null);
    expect(takeEarlyOpen('someone-else', null)).toBeNull();
    // dropped by the first mismatching take
    expect(takeEarlyOpen(id, null)).toBeNull();
    openMapEarly(id, null);
    const taken = takeEarlyOpen(id, null);
    expect(taken).not.toBeNull();
    const result = await taken!.result;
    expect(result.kind).toBe('ready');
    if (result.kind === 'ready') result.map.close();
  });
});
