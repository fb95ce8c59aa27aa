// A first visit from a link (issue 18, content phase): src/boot.ts asks the relay for
// the whole map as soon as its socket opens, so the map is in the relay's first frames,
// before the app's code has run; the stock provider that adopts the socket
// (earlySocket.ts) applies it before its own sync step 1, which then names everything —
// the map crosses the wire once. A device that stores the map asks for nothing.
// Against a real relay child process, with happy-dom's WebSocket.
import { afterEach, describe, expect, it } from 'vitest';
import { createShareToken } from '../../server/auth';
import { client, synced, waitFor } from '../../server/testing';
import { openEarlySocket, storedNoteKey } from '../boot';
import { databaseName } from '../storage/idbDocumentStore';
import { contentNotes } from '../storage/contentNotes';
import { newMapDoc } from '../sync';
import type { SyncConnection } from '../sync/connectRelay';
import { releaseEarlySocket } from './earlySocket';
import { adoptEarly, relayWithMap } from './relayTesting';

const MAP = 'early-content-map';
const CARDS = 200;
const LOCAL = 'written while the map was on its way';

const relay = relayWithMap(MAP, (doc) => {
  doc.getMap('meta').set('title', 'Whole map');
  doc.getArray<string>('notes').push(Array.from({ length: CARDS }, (_, i) => `card ${i}`));
});

const Real = globalThis.WebSocket;
/** Every frame the early socket sent and received, whoever handled it. */
let sent: Uint8Array[] = [];
let frames: Uint8Array[] = [];
let sync: SyncConnection | null = null;

afterEach(() => {
  sync?.destroy();
  sync = null;
  releaseEarlySocket();
  globalThis.WebSocket = Real;
  localStorage.clear();
  sent = [];
  frames = [];
  heldStep2 = null;
});

/** While set, sync step 2 frames coming in are held here instead of delivered (tests: a slow room). */
let heldStep2: { socket: WebSocket; event: Event }[] | null = null;

/** Delivers the held step 2 frames and stops holding. */
function releaseStep2(): void {
  const held = heldStep2 ?? [];
  heldStep2 = null;
  for (const { socket, event } of held) socket.dispatchEvent(event);
}

function recordFrames(): void {
  globalThis.WebSocket = class extends Real {
    override dispatchEvent(event: Event): boolean {
      const data = (event as MessageEvent).data;
      if (heldStep2 && event.type === 'message' && data instanceof ArrayBuffer) {
        const bytes = new Uint8Array(data);
        if (bytes[0] === 0 && bytes[1] === 1) {
          heldStep2.push({ socket: this, event });
          return true;
        }
      }
      return super.dispatchEvent(event);
    }
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        frames.push(new Uint8Array(event.data as ArrayBuffer));
      });
    }
    override send(data: Uint8Array): void {
      sent.push(new Uint8Array(data));
      super.send(data);
    }
  };
}

const link = () => createShareToken(relay().secret, MAP, 'edit', 0);
const at = (token: string) => ({
  origin: relay().http,
  pathname: `/map/${MAP}`,
  search: `?t=${encodeURIComponent(token)}`,
});
/** A sync step 2 (message 0, sub-type 1) that carries content, not the 2-byte empty one. */
const isContent = (f: Uint8Array) => f[0] === 0 && f[1] === 1 && f.length > 100;
const isStep1 = (f: Uint8Array) => f[0] === 0 && f[1] === 0;
const early = () =>
  (globalThis as Record<string, unknown>).__journeyboardEarlySocket as {
    received: MessageEvent[];
  };

/**
 * The provider's own sync step 1 went out after the content was in: it names the map's
 * state, so the relay's answer to it is tiny — one content frame in all.
 */
async function expectProviderStep1NamedTheMap(): Promise<void> {
  const providerStep1 = sent.slice(1).find(isStep1);
  expect(providerStep1 && providerStep1.length).toBeGreaterThan(4);
  await waitFor(() => frames.filter((f) => f[0] === 0 && f[1] === 1).length >= 2, 10_000, 'answer');
  expect(frames.filter(isContent)).toHaveLength(1);
}

describe('the early socket of a map this device does not store', () => {
  it('receives the whole map before anyone takes it, and the map crosses the wire once', async () => {
    recordFrames();
    const token = link();
    openEarlySocket(at(token));
    await waitFor(
      () => early().received.some((e) => isContent(new Uint8Array(e.data as ArrayBuffer))),
      10_000,
      'the map in the early frames',
    );
    // the one thing the page said: "everything, please" (an empty state vector)
    expect(sent).toEqual([new Uint8Array([0, 0, 1, 0])]);

    const doc = newMapDoc();
    sync = adoptEarly(doc, relay().http, MAP, token);
    await waitFor(() => sync!.status.getState().status === 'synced', 10_000, 'synced');
    expect(doc.getMap('meta').get('title')).toBe('Whole map');
    expect(doc.getArray('notes').length).toBe(CARDS);
    // the provider's own step 1 went out after the content was in: it names the map's
    // state, so the relay's answer to it is tiny. One content frame in all.
    await expectProviderStep1NamedTheMap();
    expect(sync.status.getState().pendingChanges).toBe(0);
  });

  it('adopted before the map came, its provider waits for it, then sends what was written meanwhile', async () => {
    recordFrames();
    heldStep2 = []; // the relay's answers are held back: the map is still on its way
    const token = link();
    openEarlySocket(at(token));
    const socket = (early() as unknown as { socket: WebSocket }).socket;
    await new Promise<void>((resolve) => socket.addEventListener('open', () => resolve()));
    const doc = newMapDoc();
    sync = adoptEarly(doc, relay().http, MAP, token);
    // the relay's greeting came in; then this device writes (stored content loading, a keystroke)
    await waitFor(() => frames.some(isStep1), 10_000, "the relay's step 1");
    await new Promise((resolve) => setTimeout(resolve, 50));
    doc.getArray<string>('notes').push([LOCAL]);
    expect(sent.filter((f) => f[0] === 0 && f[1] === 0)).toHaveLength(1); // only boot's ask so far
    releaseStep2();
    await waitFor(() => sync!.status.getState().status === 'synced', 10_000, 'synced');
    expect(doc.getArray('notes').length).toBe(CARDS + 1); // the map and this device's write
    await expectProviderStep1NamedTheMap();
    // what this device wrote while it waited reached the relay
    const other = client(relay(), MAP, relay().adminToken);
    try {
      await synced(other);
      const notes = other.doc.getArray('notes');
      await waitFor(() => notes.toArray().includes(LOCAL), 10_000, 'on the relay');
    } finally {
      other.destroy();
    }
  });

  it('asks for nothing when this device stores the map', async () => {
    contentNotes(localStorage).note(databaseName(MAP));
    expect(localStorage.getItem(storedNoteKey(MAP))).not.toBeNull();
    recordFrames();
    openEarlySocket(at(link()));
    // the relay greets after the open: had the page asked, it would have by then
    await waitFor(
      () => early().received.some((e) => isStep1(new Uint8Array(e.data as ArrayBuffer))),
      10_000,
      "the relay's step 1",
    );
    expect(sent).toEqual([]);
  });
});
