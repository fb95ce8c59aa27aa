import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { provideDeviceStorage } from '../app/deviceStorage';

// what src/main.tsx does at start-up: one device backend (here on fake-indexeddb)
provideDeviceStorage();

afterEach(() => cleanup());

// React Flow measures with ResizeObserver and reads transforms with DOMMatrixReadOnly;
// happy-dom has both, but keep a fallback so board tests never depend on the version.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
if (typeof globalThis.DOMMatrixReadOnly === 'undefined') {
  globalThis.DOMMatrixReadOnly = class {
    m22 = 1;
    constructor(transform?: string) {
      const scale = /scale\(([^)]+)\)/.exec(transform ?? '');
      if (scale?.[1]) this.m22 = Number.parseFloat(scale[1]);
    }
  } as unknown as typeof DOMMatrixReadOnly;
}

// Browsers give every WebSocket the ready-state constants (`socket.OPEN` …); happy-dom
// only the class. y-websocket sends an edit only when `ws.readyState === ws.OPEN`, so
// without them a provider in these tests never sent an edit, only its answers to the
// relay's sync step 1 — and a test passed or failed by which came first.
for (const [name, value] of [
  ['CONNECTING', 0],
  ['OPEN', 1],
  ['CLOSING', 2],
  ['CLOSED', 3],
] as const) {
  if (!(name in globalThis.WebSocket.prototype))
    Object.defineProperty(globalThis.WebSocket.prototype, name, { value });
}
