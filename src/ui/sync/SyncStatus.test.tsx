import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { INITIAL_SYNC_STATE } from '../../sync/status';
import type { SyncConnection } from '../../sync/connectRelay';
import type { SyncState } from '../../sync/status';
import { useLanguageStore } from '../../i18n';
import { SyncStatus } from './SyncStatus';

/** A connection whose state the test drives; `connects` counts retry clicks. */
function fakeConnection(initial: Partial<SyncState> = {}) {
  const status = createStore<SyncState>(() => ({ ...INITIAL_SYNC_STATE, ...initial }));
  const calls = { connects: 0 };
  const connection = {
    status,
    mapId: 'm',
    awareness: null as never,
    connect: () => void calls.connects++,
    disconnect: () => {},
    flushed: () => Promise.resolve(),
    destroy: () => {},
  } satisfies SyncConnection;
  const set = (patch: Partial<SyncState>) =>
    act(() => status.setState({ ...status.getState(), ...patch }));
  return { connection, set, calls };
}

afterEach(() => useLanguageStore.getState().setLanguage('en'));

describe('SyncStatus', () => {
  it('says "This device only" without a relay', () => {
    render(<SyncStatus connection={null} />);
    expect(screen.getByRole('status', { name: 'Sync status' }).textContent).toContain(
      'This device only',
    );
  });

  it('follows the connection: connecting, synced, pending changes, offline', () => {
    const { connection, set } = fakeConnection({ status: 'connecting' });
    render(<SyncStatus connection={connection} />);
    const status = screen.getByRole('status', { name: 'Sync status' });
    expect(status.textContent).toContain('Connecting…');
    set({ status: 'synced' });
    expect(status.textContent).toBe('Synced');
    expect(status.dataset.state).toBe('synced');
    set({ pendingChanges: 1 });
    expect(status.textContent).toContain('Syncing…');
    expect(status.textContent).toContain('1 change waiting');
    set({ status: 'offline', pendingChanges: 4 });
    expect(status.textContent).toContain('Offline');
    // offline says, in words, that nothing is lost (issue 13.6)
    expect(status.textContent).toContain('Changes are kept on this device');
    expect(status.textContent).toContain('4 changes waiting');
  });

  it('shows read-only mode for view links', () => {
    const { connection } = fakeConnection({ status: 'synced', role: 'view' });
    render(<SyncStatus connection={connection} />);
    expect(screen.getByText('Read only')).toBeTruthy();
  });

  it('reports a refused link as an alert without a retry button', () => {
    const { connection } = fakeConnection({ status: 'offline', error: 'unauthorized' });
    render(<SyncStatus connection={connection} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'No access: the link is invalid, expired or revoked.',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a retry for errors that may pass', async () => {
    const { connection, calls } = fakeConnection({ status: 'offline', error: 'too-large' });
    render(<SyncStatus connection={connection} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(calls.connects).toBe(1);
  });

  it('speaks German', () => {
    useLanguageStore.getState().setLanguage('de');
    const { connection } = fakeConnection({ status: 'offline', pendingChanges: 2, role: 'view' });
    render(<SyncStatus connection={connection} />);
    const status = screen.getByRole('status', { name: 'Synchronisationsstatus' });
    expect(status.textContent).toContain('2 Änderungen ausstehend');
    expect(status.textContent).toContain('Änderungen bleiben auf diesem Gerät');
    expect(status.textContent).toContain('Nur lesen');
  });
});
