// openMap from a link (issue 18): a map this device never stored does not wait for
// IndexedDB, the local load and the relay race and merge; a map noted as stored here
// still loads first. Real parts: a relay child process (this page's origin is set to
// the relay, as for a link the relay served), y-indexeddb on fake-indexeddb, the
// device's notes in happy-dom's localStorage, the stock y-websocket client.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { startRelay, type RelayProcess } from '../../server/testing';
import { createMapDoc, exportMap, updateMeta, type MapDoc } from '../doc';
import { standardTemplate } from '../model/templates';
import { newId } from '../model/ids';
import { createShareToken } from '../../server/auth';
import {
  createLocalMap,
  getMapConnection,
  openMapStorage,
  setMapConnection,
  setStorageBackend,
  storage,
  type StorageBackend,
} from '../storage';
import { openStoredDoc } from '../storage/testBackend';
import { newMapDoc } from '../sync';
import { connectRelay } from '../sync/connectRelay';
import { openMap, type OpenedMap, type OpenResult } from './openMap';

let relay: RelayProcess;
const home = window.location.href;
/** happy-dom's own API: the page's address (and so its origin, the link's relay) */
const setURL = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
beforeAll(async () => {
  relay = await startRelay();
  setURL(`${relay.http}/`);
}, 30_000);
afterAll(async () => {
  setURL(home);
  await relay.stop('SIGKILL');
});

const opened: OpenedMap[] = [];
afterEach(() => {
  opened.splice(0).forEach((m) => m.close());
});

const newMap = (title: string) => ({ ...standardTemplate('en', { title }), id: newId() });

/** Puts `doc` into the relay's room `id`, with the stock client, and waits until stored. */
async function pushToRelay(id: string, doc: MapDoc): Promise<void> {
  const sync = connectRelay(doc, { mapId: id, relayUrl: relay.http, token: relay.adminToken });
  try {
    await sync.flushed();
  } finally {
    sync.destroy();
  }
}

/** A map stored on this device (noted) and on the relay, the same first state on both. */
async function storedOnBoth(title: string): Promise<string> {
  const id = await createLocalMap(newMap(title));
  await pushToRelay(id, (await openStoredDoc(id)) as MapDoc);
  return id;
}

/** A change made on this device and stored here only. */
async function editHere(id: string, newTitle: string): Promise<void> {
  const doc = newMapDoc();
  const local = openMapStorage(id, doc, { tabSync: false });
  await local.whenLoaded;
  updateMeta(doc, { title: newTitle });
  await local.flush();
  local.destroy();
}

async function readRelay(id: string): Promise<string> {
  const doc = newMapDoc();
  const sync = connectRelay(doc, { mapId: id, relayUrl: relay.http, token: relay.adminToken });
  try {
    await sync.flushed();
    return exportMap(doc).title;
  } finally {
    sync.destroy();
  }
}

async function open(id: string): Promise<OpenResult> {
  const result = await openMap(id, relay.adminToken, new AbortController().signal);
  if (result.kind === 'ready') opened.push(result.map);
  return result;
}

const title = (map: OpenedMap) => exportMap(map.doc).title;
const noteKey = (id: string) => `journeyboard.stored.journeyboard-map:${id}`;

/** The device's backend, whose map documents report loaded only once `release` is called. */
function withHeldLoad(): { release(): void; restore(): void } {
  const real = storage();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const documents = real.documents;
  const held: StorageBackend = {
    ...real,
    documents: {
      attach(mapId, doc) {
        const binding = documents.attach(mapId, doc);
        return { ...binding, whenLoaded: gate.then(() => binding.whenLoaded) };
      },
      read: (mapId) => documents.read(mapId),
      append: (mapId, update) => documents.append(mapId, update),
      list: () => documents.list(),
      noted: (mapId) => documents.noted(mapId),
      remove: (mapId) => documents.remove(mapId),
    },
  };
  setStorageBackend(held);
  return { release, restore: () => setStorageBackend(real) };
}

describe('opening a map from a link', () => {
  it('a first visit opens with the relay content before the local load ends, then stores and notes it', async () => {
    const map = newMap('From the relay');
    await pushToRelay(map.id, createMapDoc(map, newMapDoc()));
    const id = map.id;
    const held = withHeldLoad();
    try {
      // the local load never reports done until released: the open must not wait for it
      const result = await open(id);
      expect(result.kind).toBe('ready');
      if (result.kind !== 'ready') return;
      expect(title(result.map)).toBe('From the relay');
      expect(storage().documents.noted(id)).toBe(false);
      held.release();
      await result.map.storage.whenLoaded;
      await waitFor(() => expect(result.map.storage.hasUnsavedChanges()).toBe(false));
      await result.map.storage.flush();
      expect(storage().documents.noted(id)).toBe(true);
      expect(await storage().documents.read(id)).not.toBeNull();
    } finally {
      held.restore();
    }
  });

  it('a map noted as stored here opens with its local edits in its first state', async () => {
    const id = await storedOnBoth('On the relay');
    await editHere(id, 'Edited here, not sent yet');
    expect(storage().documents.noted(id)).toBe(true);
    const held = withHeldLoad();
    try {
      const result = open(id);
      held.release();
      const ready = await result;
      expect(ready.kind).toBe('ready');
      if (ready.kind === 'ready') expect(title(ready.map)).toBe('Edited here, not sent yet');
    } finally {
      held.restore();
    }
  });

  it('content stored without a note still merges in, reaches the relay, and gets its note', async () => {
    const id = await storedOnBoth('Old title');
    await editHere(id, 'Stored by an older version');
    localStorage.removeItem(noteKey(id));
    expect(storage().documents.noted(id)).toBe(false);

    const result = await open(id);
    expect(result.kind).toBe('ready');
    if (result.kind !== 'ready') return;
    await waitFor(() => expect(title(result.map)).toBe('Stored by an older version'));
    await result.map.sync!.flushed();
    expect(await readRelay(id)).toBe('Stored by an older version');
    expect(storage().documents.noted(id)).toBe(true);
  });

  it('a link to a map neither this device nor the relay has: not found', async () => {
    expect((await open(newId())).kind).toBe('not-found');
  });

  it('a map stored here opens from its link with the relay out of reach, noted or not', async () => {
    const noted = { id: await createLocalMap(newMap('Noted, offline')) };
    const unnoted = { id: await createLocalMap(newMap('Not noted, offline')) };
    localStorage.removeItem(noteKey(unnoted.id));
    // a port nothing listens on: the link's relay (this origin) is unreachable
    setURL('http://127.0.0.1:9/');
    try {
      for (const { id } of [noted, unnoted]) {
        const result = await open(id);
        expect(result.kind).toBe('ready');
        if (result.kind === 'ready') expect(result.map.sync).not.toBeNull();
      }
      expect(opened.map(title)).toEqual(['Noted, offline', 'Not noted, offline']);
    } finally {
      setURL(`${relay.http}/`);
    }
  });

  it('a link is stored in idle time, and a refusal (4401) forgets it after that write', async () => {
    const id = await createLocalMap(newMap('Refused link'));
    // idle callbacks run when the test says: after the relay refused the link
    const idle: (() => void)[] = [];
    const real = globalThis.requestIdleCallback;
    globalThis.requestIdleCallback = ((fn: () => void) => idle.push(fn)) as typeof real;
    try {
      const forged = createShareToken('not-the-relay-secret', id, 'edit', 0);
      const result = await openMap(id, forged, new AbortController().signal);
      expect(result.kind).toBe('ready');
      if (result.kind !== 'ready') return;
      opened.push(result.map);
      await waitFor(() => expect(result.map.sync!.status.getState().error).toBe('unauthorized'));
      expect(await getMapConnection(id)).toBeUndefined();
      idle.splice(0).forEach((fn) => fn());
      // the link's write has started once the task queue turned; a write started after
      // it ends after it (one database), so then the link was written and, in order, forgotten
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      await setMapConnection(newId(), { relayUrl: relay.http, token: 'later-write' });
      await waitFor(async () => expect(await getMapConnection(id)).toBeUndefined());
    } finally {
      globalThis.requestIdleCallback = real;
    }
  });
});
