// connectRelay and the share API against a real relay child process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRelay, waitFor } from '../../server/testing';
import type { RelayProcess } from '../../server/testing';
import { connectRelay } from './connectRelay';
import { ACTION_GAP_MS } from './pendingActions';
import type { SyncConnection } from './connectRelay';
import { ShareApiError, createShareLink, revokeShareLinks, whoami } from './share';
import type { SyncState } from './status';

let relay: RelayProcess;
beforeAll(async () => {
  relay = await startRelay();
});
afterAll(async () => {
  await relay.stop('SIGKILL');
});

function connect(
  mapId: string,
  token: string,
  doc = new Y.Doc(),
  relayUrl = relay.ws,
): SyncConnection {
  return connectRelay(doc, { mapId, relayUrl, token, WebSocketImpl: WebSocket });
}
const state = (c: SyncConnection): SyncState => c.status.getState();

describe('connectRelay', () => {
  it('goes connecting -> synced, reports the role, and two docs converge', async () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const a = connect('client-map', relay.adminToken, docA);
    const seen = new Set<string>([state(a).status]);
    a.status.subscribe((s) => seen.add(s.status));
    const link = await createShareLink(relay.ws, 'client-map', relay.adminToken, 'view');
    const b = connect('client-map', link.token, docB);
    await waitFor(() => state(a).status === 'synced' && state(b).status === 'synced');
    expect([...seen]).toEqual(['connecting', 'synced']);
    expect(state(a).role).toBe('admin');
    expect(state(b).role).toBe('view');
    docA.getMap('m').set('x', 1);
    await waitFor(() => docB.getMap('m').get('x') === 1);
    a.destroy();
    b.destroy();
    expect(state(a).status).toBe('offline');
  });

  it('counts local changes until the relay confirms storing them', async () => {
    const doc = new Y.Doc();
    const c = connect('pending-map', relay.adminToken, doc);
    await c.flushed();
    // freeze the relay: updates go out but nothing answers
    relay.child.kill('SIGSTOP');
    try {
      // three updates of one burst are one thing the user did (pendingActions.ts)
      doc.getMap('m').set('a', 1);
      doc.getMap('m').set('b', 2);
      doc.getText('t').insert(0, 'x');
      expect(state(c).pendingChanges).toBe(1);
      await new Promise((r) => setTimeout(r, 200));
      expect(state(c).pendingChanges).toBe(1);
    } finally {
      relay.child.kill('SIGCONT');
    }
    await c.flushed(5000);
    expect(state(c).pendingChanges).toBe(0);
    expect(state(c).lastSyncedAt).not.toBeNull();
    // and it really is stored: a fresh client sees it
    const other = new Y.Doc();
    const d = connect('pending-map', relay.adminToken, other);
    await d.flushed();
    expect(other.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    c.destroy();
    d.destroy();
  });

  it('keeps offline edits pending and delivers them when the relay comes back', async () => {
    const own = await startRelay();
    const doc = new Y.Doc();
    const c = connect('offline-map', own.adminToken, doc, own.ws);
    await c.flushed();
    await own.stop('SIGKILL');
    await waitFor(() => state(c).status !== 'synced', 5000, 'offline');
    doc.getMap('m').set('offline', true);
    expect(state(c).pendingChanges).toBe(1);
    const back = await startRelay({ dataDir: own.dataDir, env: { PORT: String(own.port) } });
    try {
      await c.flushed(10_000);
      const check = connect('offline-map', back.adminToken, new Y.Doc(), back.ws);
      await check.flushed();
      c.destroy();
      check.destroy();
    } finally {
      await back.stop('SIGKILL');
    }
  });

  it('says offline long before the stock 30 s watchdog when the relay goes silent', async () => {
    const doc = new Y.Doc();
    const c = connect('silent-map', relay.adminToken, doc);
    await c.flushed();
    expect(state(c).status).toBe('synced');
    // a frozen relay keeps the socket open and says nothing, like a cut network
    relay.child.kill('SIGSTOP');
    try {
      await waitFor(() => state(c).status === 'offline', 10_000, 'offline');
      doc.getMap('m').set('while-away', 1);
      expect(state(c).pendingChanges).toBe(1);
    } finally {
      relay.child.kill('SIGCONT');
    }
    await c.flushed(10_000);
    expect(state(c).status).toBe('synced');
    c.destroy();
  });

  it('a reload keeps the count of waiting changes (pendingStore)', async () => {
    const own = await startRelay();
    let saved = 0;
    const pendingStore = { read: () => saved, write: (n: number) => void (saved = n) };
    const doc = new Y.Doc();
    const open = () =>
      connectRelay(doc, {
        mapId: 'reload-map',
        relayUrl: own.ws,
        token: own.adminToken,
        WebSocketImpl: WebSocket,
        pendingStore,
      });
    const first = open();
    await first.flushed();
    await own.stop('SIGKILL');
    await waitFor(() => state(first).status === 'offline', 5000, 'offline');
    doc.getMap('m').set('one', 1);
    // a later, separate action (pendingActions groups updates closer than ACTION_GAP_MS)
    await new Promise((r) => setTimeout(r, ACTION_GAP_MS + 100));
    doc.getMap('m').set('two', 2);
    expect(state(first).pendingChanges).toBe(2);
    first.destroy();
    expect(saved).toBe(2);
    // the page comes back (same doc content, from IndexedDB in the app), still offline
    const second = open();
    expect(state(second).pendingChanges).toBe(2);
    const back = await startRelay({ dataDir: own.dataDir, env: { PORT: String(own.port) } });
    try {
      await second.flushed(10_000);
      expect(saved).toBe(0);
    } finally {
      second.destroy();
      await back.stop('SIGKILL');
    }
  });

  it('a refused token sets error "unauthorized" and stops reconnecting', async () => {
    const c = connect('locked', 'not-a-token');
    await waitFor(() => state(c).error === 'unauthorized', 5000, 'unauthorized');
    await expect(c.flushed(1000)).rejects.toThrow(/unauthorized/);
    const attempts: string[] = [];
    c.status.subscribe((s) => attempts.push(s.status));
    await new Promise((r) => setTimeout(r, 800));
    expect(attempts.filter((s) => s === 'connecting')).toEqual([]);
    expect(state(c).status).toBe('offline');
    c.destroy();
  });
});

describe('connectRelay: limits and roles', () => {
  it('a frame over MAX_MESSAGE_BYTES sets "too-large" once and stops reconnecting', async () => {
    const small = await startRelay({ env: { MAX_MESSAGE_BYTES: '4096' } });
    try {
      const doc = new Y.Doc();
      const c = connect('big-map', small.adminToken, doc, small.ws);
      await c.flushed();
      const connecting: string[] = [];
      c.status.subscribe((s, before) => {
        if (s.status === 'connecting' && before.status !== 'connecting') connecting.push('x');
      });
      doc.getText('t').insert(0, 'x'.repeat(10_000));
      await waitFor(() => state(c).error === 'too-large', 5000, 'too-large');
      await expect(c.flushed(1000)).rejects.toThrow(/too-large/);
      // the stock client would be back within 200 ms; give it well over that
      await new Promise((r) => setTimeout(r, 1500));
      expect(connecting).toEqual([]);
      expect(state(c).status).toBe('offline');
      // nothing local is lost: the change waits in the doc, counted as pending
      expect(doc.getText('t').length).toBe(10_000);
      expect(state(c).pendingChanges).toBeGreaterThan(0);
      const metrics = await (await fetch(`${small.http}/metrics`)).text();
      expect(metrics).toContain('journeyboard_rejected_frames_total{reason="too_big"} 1');
      c.destroy();
    } finally {
      await small.stop('SIGKILL');
    }
  });

  it('shows the role the token claims before the relay answers', () => {
    const c = connectRelay(new Y.Doc(), {
      mapId: 'm',
      relayUrl: relay.ws,
      token: 't',
      role: 'view',
      connect: false,
      WebSocketImpl: WebSocket,
    });
    expect(state(c).role).toBe('view');
    c.destroy();
  });

  it("never counts a viewer's local changes as confirmed", async () => {
    const editorDoc = new Y.Doc();
    const editor = connect('viewer-pending', relay.adminToken, editorDoc);
    await editor.flushed();
    const link = await createShareLink(relay.ws, 'viewer-pending', relay.adminToken, 'view');
    const viewerDoc = new Y.Doc();
    const viewer = connectRelay(viewerDoc, {
      mapId: 'viewer-pending',
      relayUrl: relay.ws,
      token: link.token,
      role: 'view',
      WebSocketImpl: WebSocket,
    });
    await viewer.flushed();
    viewerDoc.getMap('m').set('mine', 1);
    expect(state(viewer).pendingChanges).toBe(1);
    // a round trip through the relay that a probe would have ridden on
    editorDoc.getMap('m').set('theirs', 2);
    await waitFor(() => viewerDoc.getMap('m').get('theirs') === 2, 5000, 'editor change');
    await new Promise((r) => setTimeout(r, 300));
    expect(state(viewer).pendingChanges).toBe(1);
    expect(state(viewer).status).toBe('synced');
    editor.destroy();
    viewer.destroy();
  });
});

describe('share API client', () => {
  it('creates links that work, expire-able, and revokes them', async () => {
    const link = await createShareLink(relay.ws, 'shared', relay.adminToken, 'facilitator', 1);
    expect(link.role).toBe('facilitator');
    expect(Date.parse(link.expiresAt!)).toBeGreaterThan(Date.now());
    expect(link.url).toContain('/map/shared?t=');
    expect(await whoami(relay.ws, 'shared', link.token)).toBe('facilitator');
    await revokeShareLinks(relay.ws, 'shared', relay.adminToken);
    expect(await whoami(relay.ws, 'shared', link.token)).toBeNull();
    await expect(createShareLink(relay.ws, 'shared', 'wrong', 'edit')).rejects.toBeInstanceOf(
      ShareApiError,
    );
  });
});
