/** "Last change" (`updatedAt`): commands, restores and undo all move it forward. */
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMapDoc,
  createSnapshotStore,
  createUndoManager,
  exportMap,
  renamePhase,
  replaceMapContent,
} from './index';
import { metaMap } from './roots';
import { smallDoc } from './testing/docs';
import { smallMap } from './testing/fixtures';

const SEEDED = '2026-11-01T10:00:00Z';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-01T08:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('updatedAt', () => {
  it('a seed keeps the file times; a command stamps now', () => {
    const doc = smallDoc();
    expect(exportMap(doc).updatedAt).toBe(SEEDED);
    renamePhase(doc, 'p1', 'First');
    expect(exportMap(doc)).toMatchObject({
      createdAt: SEEDED,
      updatedAt: '2026-12-01T08:00:00.000Z',
    });
  });

  it('restoring a version stamps now and keeps createdAt, instead of the version own time', () => {
    const doc = smallDoc();
    const version = exportMap(doc);
    vi.setSystemTime(new Date('2026-12-02T09:00:00.000Z'));
    renamePhase(doc, 'p1', 'First');
    vi.setSystemTime(new Date('2026-12-03T10:00:00.000Z'));
    replaceMapContent(doc, { ...version, createdAt: '2020-01-01T00:00:00Z' });
    expect(exportMap(doc)).toMatchObject({
      createdAt: SEEDED,
      updatedAt: '2026-12-03T10:00:00.000Z',
    });
    expect(exportMap(doc).phases[0]?.name).toBe('One');
  });

  it('a restore that changes nothing writes nothing, not even a stamp', () => {
    const doc = smallDoc();
    const before = Y.encodeStateVector(doc);
    replaceMapContent(doc, { ...smallMap(), updatedAt: '2030-01-01T00:00:00Z' });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(exportMap(doc).updatedAt).toBe(SEEDED);
  });

  it('undo and redo are changes: they move "last change" forward, never back', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    const store = createSnapshotStore(doc);
    vi.setSystemTime(new Date('2026-12-02T09:00:00.000Z'));
    renamePhase(doc, 'p1', 'First');
    vi.setSystemTime(new Date('2026-12-03T10:00:00.000Z'));
    expect(undo.undo()).toBe(true);
    expect(store.getSnapshot().phases[0]?.name).toBe('One');
    expect(store.getSnapshot().meta.updatedAt).toBe('2026-12-03T10:00:00.000Z');
    vi.setSystemTime(new Date('2026-12-04T11:00:00.000Z'));
    expect(undo.redo()).toBe(true);
    expect(store.getSnapshot().phases[0]?.name).toBe('First');
    expect(store.getSnapshot().meta.updatedAt).toBe('2026-12-04T11:00:00.000Z');
    // the stamp is no undo step of its own
    expect(undo.undo()).toBe(true);
    expect(store.getSnapshot().phases[0]?.name).toBe('One');
    expect(undo.canUndo()).toBe(false);
  });

  it('a document from before the stamp root shows the later of both times', () => {
    const doc = createMapDoc(smallMap());
    metaMap(doc).set('updatedAt', '2027-01-01T00:00:00Z'); // an older peer stamped meta
    expect(exportMap(doc).updatedAt).toBe('2027-01-01T00:00:00Z');
    renamePhase(doc, 'p1', 'First'); // now 2026-12-01: older than meta's
    expect(exportMap(doc).updatedAt).toBe('2027-01-01T00:00:00Z');
    vi.setSystemTime(new Date('2027-02-01T00:00:00.000Z'));
    renamePhase(doc, 'p1', 'Again');
    expect(exportMap(doc).updatedAt).toBe('2027-02-01T00:00:00.000Z');
  });
});
