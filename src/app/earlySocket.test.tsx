// The first entry's relay socket (src/boot.ts) adopted by the stock y-websocket provider
// (earlySocket.ts), against a real relay child process with happy-dom's WebSocket: one
// socket for the whole sync, what arrived before the adoption is not lost, a socket
// for another URL is not adopted and is closed; and which pages preload the database.
import { afterEach, describe, expect, it } from 'vitest';
import { createShareToken } from '../../server/auth';
import { waitFor } from '../../server/testing';
import { openEarlySocket, preloadChunks } from '../boot';
import { newMapDoc } from '../sync';
import type { SyncConnection } from '../sync/connectRelay';
import { hasEarlySocket, releaseEarlySocket } from './earlySocket';
import { adoptEarly, relayWithMap } from './relayTesting';

const relay = relayWithMap('early-map', (doc) => {
  doc.getMap('meta').set('title', 'From the relay');
});

const Real = globalThis.WebSocket;
const made: string[] = [];
let sync: SyncConnection | null = null;
afterEach(() => {
  sync?.destroy();
  sync = null;
  releaseEarlySocket();
  globalThis.WebSocket = Real;
  made.length = 0;
});

/** Counts the sockets constructed from now on. */
function countSockets(): void {
  globalThis.WebSocket = class extends Real {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      made.push(String(url));
    }
  };
}

/** A share link for the map, signed with the relay's secret (happy-dom cannot POST cross-origin). */
const link = (role: 'edit' | 'comment') => createShareToken(relay().secret, 'early-map', role, 0);

const linkLocation = (token: string) => ({
  origin: relay().http,
  pathname: '/map/early-map',
  search: `?t=${encodeURIComponent(token)}`,
});

describe('the early relay socket', () => {
  it('is opened for a linked map and adopted by the provider, which syncs over it', async () => {
    const token = link('edit');
    countSockets();
    openEarlySocket(linkLocation(token));
    expect(hasEarlySocket()).toBe(true);
    // the relay's first messages arrive before anyone takes the socket
    const slot = (globalThis as Record<string, unknown>).__journeyboardEarlySocket as {
      received: unknown[];
    };
    await waitFor(() => slot.received.length > 0, 10_000, 'the relay speaking first');
    const doc = newMapDoc();
    sync = adoptEarly(doc, relay().http, 'early-map', token);
    sync.connect();
    await waitFor(() => sync!.status.getState().status === 'synced', 10_000, 'synced');
    expect(doc.getMap('meta').get('title')).toBe('From the relay');
    expect(hasEarlySocket()).toBe(false);
    expect(made).toHaveLength(1);
    // (edits going out over it: earlyContent.test.tsx and e2e/earlyopen.spec.ts)
  });

  it('is not adopted for another URL (another token), and release closes it', async () => {
    const token = link('edit');
    const other = link('comment');
    countSockets();
    openEarlySocket(linkLocation(other));
    const early = (globalThis as Record<string, unknown>).__journeyboardEarlySocket as {
      socket: WebSocket;
    };
    const doc = newMapDoc();
    sync = adoptEarly(doc, relay().http, 'early-map', token);
    sync.connect();
    await waitFor(() => sync!.status.getState().status === 'synced', 10_000, 'synced');
    expect(made).toHaveLength(2);
    expect(hasEarlySocket()).toBe(true);
    releaseEarlySocket();
    expect(hasEarlySocket()).toBe(false);
    await waitFor(() => early.socket.readyState === Real.CLOSED, 10_000, 'closed');
  });

  it('is opened only for a map route with a link token', () => {
    countSockets();
    openEarlySocket({ origin: relay().http, pathname: '/map/early-map', search: '' });
    openEarlySocket({ origin: relay().http, pathname: '/', search: '?t=abc' });
    openEarlySocket({ origin: relay().http, pathname: '/insights', search: '?t=abc' });
    expect(made).toEqual([]);
    expect(hasEarlySocket()).toBe(false);
  });
});

describe('which pages preload the database chunk', () => {
  const hrefs = () =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
      l.getAttribute('href'),
    );
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('every page but a map opened from a link, from the boot tag', () => {
    const tag = document.createElement('script');
    tag.dataset.preload = '/assets/dexieStores-x.js';
    document.head.appendChild(tag);
    preloadChunks({ pathname: '/map/m1', search: '?t=abc' });
    expect(hrefs()).toEqual([]);
    preloadChunks({ pathname: '/map/m1', search: '' });
    expect(hrefs()).toEqual(['/assets/dexieStores-x.js']);
    document.querySelector('link')?.remove();
    preloadChunks({ pathname: '/', search: '' });
    expect(hrefs()).toEqual(['/assets/dexieStores-x.js']);
  });
});
