// Reading link tokens on the device, against tokens the relay's own code makes.
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createShareToken } from '../../server/auth';
import { followCatalogSyncState } from './catalogState';
import { claimedRole, readLinkToken } from './links';
import { INITIAL_SYNC_STATE, catalogSyncState, errorForCloseCode, isReadOnlyState } from './status';
import type { CatalogSyncState, SyncState } from './status';

describe('readLinkToken', () => {
  it('reads map, role and expiry of a share token', () => {
    const expires = new Date(Date.UTC(2030, 0, 1));
    const token = createShareToken('secret', 'map-1', 'view', 3, expires);
    expect(readLinkToken(token)).toEqual({
      kind: 'share',
      mapId: 'map-1',
      role: 'view',
      expiresAt: expires.getTime(),
    });
    expect(readLinkToken(createShareToken('s', 'Grüße-map', 'edit', 0))).toMatchObject({
      mapId: 'Grüße-map',
      role: 'edit',
      expiresAt: null,
    });
  });

  it('any other token is the relay admin token; broken share tokens are unreadable', () => {
    expect(readLinkToken('Zm9vYmFy-admin-secret')).toEqual({ kind: 'admin' });
    expect(readLinkToken('v1.not-base64!.sig')).toEqual({ kind: 'unreadable' });
    expect(readLinkToken('v1.only-two')).toEqual({ kind: 'unreadable' });
    const owner = Buffer.from(JSON.stringify({ m: 'm', r: 'owner', g: 0 })).toString('base64url');
    expect(readLinkToken(`v1.${owner}.sig`)).toEqual({ kind: 'unreadable' });
  });

  it('claims a role only for the map the link is for', () => {
    const edit = createShareToken('secret', 'map-a', 'edit', 0);
    expect(claimedRole(edit, 'map-a')).toBe('edit');
    expect(claimedRole(edit, 'map-b')).toBeNull();
    expect(claimedRole('admin-token', 'any')).toBe('admin');
    expect(claimedRole('v1.x.y', 'map-a')).toBeNull();
  });
});

const state = (patch: Partial<SyncState>): SyncState => ({ ...INITIAL_SYNC_STATE, ...patch });

describe('sync state rules', () => {
  it('1009 and 4413 are "too-large" and permanent; 1001 and 4529 are transient', () => {
    expect(errorForCloseCode(1009)).toBe('too-large');
    expect(errorForCloseCode(4413)).toBe('too-large');
    expect(errorForCloseCode(1001)).toBeNull();
    expect(errorForCloseCode(4529)).toBeNull();
  });

  it('read-only for view links and while a token has no known role', () => {
    expect(isReadOnlyState(state({ role: 'view' }))).toBe(true);
    expect(isReadOnlyState(state({ role: null }))).toBe(true);
    expect(isReadOnlyState(state({ role: 'view', error: 'unauthorized' }))).toBe(true);
    // refused with no role known: the map is simply local again
    expect(isReadOnlyState(state({ role: null, error: 'unauthorized' }))).toBe(false);
    for (const role of ['edit', 'admin', 'facilitator'] as const)
      expect(isReadOnlyState(state({ role }))).toBe(false);
  });

  it('maps connection states to the catalog: local, pending, synced or no news', () => {
    expect(catalogSyncState(state({ status: 'synced' }))).toBe('synced');
    expect(catalogSyncState(state({ status: 'synced', pendingChanges: 2 }))).toBe('pending');
    expect(catalogSyncState(state({ status: 'offline', pendingChanges: 1 }))).toBe('pending');
    expect(catalogSyncState(state({ status: 'offline' }))).toBeNull();
    expect(catalogSyncState(state({ status: 'connecting' }))).toBeNull();
    expect(catalogSyncState(state({ error: 'unauthorized', pendingChanges: 3 }))).toBe('local');
    expect(catalogSyncState(state({ error: 'too-large', pendingChanges: 1 }))).toBe('pending');
  });

  it('followCatalogSyncState writes each change once', () => {
    const status = createStore<SyncState>(() => state({ status: 'connecting', pendingChanges: 1 }));
    const written: CatalogSyncState[] = [];
    const stop = followCatalogSyncState(status, (s) => written.push(s));
    const set = (patch: Partial<SyncState>) => status.setState({ ...status.getState(), ...patch });
    set({ status: 'synced' });
    set({ pendingChanges: 0 });
    set({ lastSyncedAt: 1 });
    set({ status: 'offline' });
    set({ pendingChanges: 1 });
    stop();
    set({ pendingChanges: 0, status: 'synced' });
    expect(written).toEqual(['pending', 'synced', 'pending']);
  });
});
