import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { validateMap } from '../model/validation';
import { createMapDoc, exportMap, isMapDoc, replaceMapContent } from './index';
import { FIXTURES, loadFixture } from './testing/fixtures';

describe('format v1 round trip through a Y.Doc', () => {
  for (const name of FIXTURES) {
    it(`${name}: createMapDoc -> exportMap is the same map`, () => {
      const map = loadFixture(name);
      const doc = createMapDoc(map);
      expect(isMapDoc(doc)).toBe(true);
      expect(exportMap(doc)).toEqual(map);
    });

    it(`${name}: survives encodeStateAsUpdate / applyUpdate into a second doc`, () => {
      const map = loadFixture(name);
      const second = new Y.Doc();
      Y.applyUpdate(second, Y.encodeStateAsUpdate(createMapDoc(map)));
      const out = exportMap(second);
      expect(out).toEqual(map);
      expect(validateMap(out).ok).toBe(true);
    });

    it(`${name}: replaceMapContent into an empty doc and onto itself changes nothing`, () => {
      const map = loadFixture(name);
      const doc = new Y.Doc();
      replaceMapContent(doc, map);
      expect(exportMap(doc)).toEqual(map);
      const before = Y.encodeStateVector(doc);
      replaceMapContent(doc, map);
      expect(Y.encodeStateVector(doc)).toEqual(before);
    });
  }

  it('keeps the file card order exactly, including across cells', () => {
    const map = loadFixture(FIXTURES[0]);
    const ids = exportMap(createMapDoc(map)).cards.map((c) => c.id);
    expect(ids).toEqual(map.cards.map((c) => c.id));
  });
});
