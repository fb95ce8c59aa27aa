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
