import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, registerServiceWorker } from '../../sw/register';
import { useLanguageStore } from '../../i18n';
import { UpdateBanner } from './UpdateBanner';

/** A waiting worker and the browser's service worker container around it. */
function fakeWorkers(state: ServiceWorkerState) {
  const posted: unknown[] = [];
  const workerListeners = new Set<() => void>();
  const containerListeners = new Set<() => void>();
  const waiting = {
    state,
    postMessage: (m: unknown) => posted.push(m),
    addEventListener: (_type: string, l: () => void) => workerListeners.add(l),
    removeEventListener: (_type: string, l: () => void) => workerListeners.delete(l),
  };
  const registration = {
    waiting,
    addEventListener: vi.fn(),
    update: vi.fn(async () => undefined),
  };
  const container = {
    controller: {},
    register: vi.fn(async () => registration),
    addEventListener: (_type: string, l: () => void) => containerListeners.add(l),
    removeEventListener: (_type: string, l: () => void) => containerListeners.delete(l),
  };
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container });
  return {
    posted,
    /** the browser activates the worker and hands it this page */
    activate() {
      waiting.state = 'activated';
      container.controller = waiting;
      workerListeners.forEach((l) => l());
      containerListeners.forEach((l) => l());
    },
  };
}

describe('UpdateBanner', () => {
  afterEach(() => vi.restoreAllMocks());

  it('announces a waiting version and activates it only when asked, then reloads', async () => {
    useLanguageStore.getState().setLanguage('en');
    const reload = vi.spyOn(page, 'reload').mockImplementation(() => undefined);
    const workers = fakeWorkers('installed');
    render(<UpdateBanner />);
    expect(screen.queryByText('A new version is available.')).toBeNull();

    await act(() => registerServiceWorker({ force: true }));
    expect(screen.getByText('A new version is available.')).toBeTruthy();
    // nothing is activated behind the user's back
    expect(workers.posted).toEqual([]);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(workers.posted).toEqual([{ type: 'SKIP_WAITING' }]));
    expect(reload).not.toHaveBeenCalled();
    act(() => workers.activate());
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it('reloads at once in a tab whose waiting version another tab already activated', async () => {
    useLanguageStore.getState().setLanguage('en');
    const reload = vi.spyOn(page, 'reload').mockImplementation(() => undefined);
    const workers = fakeWorkers('installed');
    render(<UpdateBanner />);
    await act(() => registerServiceWorker({ force: true }));
    // the other tab clicked "Reload": the worker is active, this tab's controllerchange is past
    workers.activate();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });
});
