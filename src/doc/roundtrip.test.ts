import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { validateMap } from '../model/validation';
import type { Comment, JourneyMap } from '../model/types';
import {
  buildSnapshot,
  createMapDoc,
  exportMap,
  isMapDoc,
  linkCards,
  replaceMapContent,
  resolveComment,
  unlinkCards,
} from './index';
import { content } from './testing/docs';
import { everyFieldMap, noActionsMap } from './testing/everyField';
import { FIXTURES, loadFixture } from './testing/fixtures';

const MAPS: [string, () => JourneyMap][] = [
  ...FIXTURES.map((name): [string, () => JourneyMap] => [name, () => loadFixture(name)]),
  ['every optional field, edge values, x- everywhere', everyFieldMap],
  ['"actions": []', noActionsMap],
];

describe('format v1 round trip through a Y.Doc', () => {
  it('the hand-made map is valid and uses every optional field', () => {
    expect(validateMap(everyFieldMap())).toMatchObject({ ok: true });
    expect(validateMap(noActionsMap())).toMatchObject({ ok: true });
  });

  for (const [name, load] of MAPS) {
    it(`${name}: createMapDoc -> exportMap is the same map`, () => {
      const map = load();
      const doc = createMapDoc(map);
      expect(isMapDoc(doc)).toBe(true);
      expect(exportMap(doc)).toEqual(map);
    });

    it(`${name}: survives encodeStateAsUpdate / applyUpdate into a second doc`, () => {
      const map = load();
      const second = new Y.Doc();
      Y.applyUpdate(second, Y.encodeStateAsUpdate(createMapDoc(map)));
      const out = exportMap(second);
      expect(out).toEqual(map);
      expect(validateMap(out).ok).toBe(true);
    });

    it(`${name}: replaceMapContent into an empty doc and onto itself changes nothing`, () => {
      const map = load();
      const doc = new Y.Doc();
      replaceMapContent(doc, map);
      expect(content(exportMap(doc))).toEqual(content(map));
      const before = Y.encodeStateVector(doc);
      replaceMapContent(doc, exportMap(doc));
      replaceMapContent(doc, map);
      expect(Y.encodeStateVector(doc)).toEqual(before);
    });
  }

  it('keeps the file card order exactly, including across cells', () => {
    const map = loadFixture(FIXTURES[0]);
    const ids = exportMap(createMapDoc(map)).cards.map((c) => c.id);
    expect(ids).toEqual(map.cards.map((c) => c.id));
  });

  it("keeps a file's own x-resolved value until the user resolves or reopens the comment", () => {
    const doc = createMapDoc(everyFieldMap());
    const exported = (): readonly Comment[] =>
      exportMap(doc).cards.find((c) => c.id === 'c2')?.comments ?? [];
    expect(exported()[4]).toEqual({
      author: 'c',
      text: 'when',
      at: '2026-11-22T10:15:00Z',
      'x-resolved': '2026-11-23',
      'x-by': 'c',
    });
    const view = buildSnapshot(doc).cards.get('c2')?.comments[4];
    expect(view).toMatchObject({ resolved: false, 'x-resolved': '2026-11-23' });
    resolveComment(doc, 'c2', view?.id ?? '', true);
    expect(exported()[4]).toMatchObject({ 'x-resolved': true, 'x-by': 'c' });
    resolveComment(doc, 'c2', view?.id ?? '', false);
    expect(exported()[4]).not.toHaveProperty('x-resolved');
    expect(exported()[4]).toMatchObject({ 'x-by': 'c' });
  });

  it('links: self and repeated links survive; commands link a target once and unlink all', () => {
    const doc = createMapDoc(everyFieldMap());
    const links = (): readonly string[] | undefined =>
      exportMap(doc).cards.find((c) => c.id === 'c2')?.links;
    expect(links()).toEqual(['c2', 'c1', 'c1', 'e1', 'c1']);
    linkCards(doc, 'c2', 'c1'); // already linked: nothing changes
    expect(links()).toEqual(['c2', 'c1', 'c1', 'e1', 'c1']);
    unlinkCards(doc, 'c2', 'c1');
    expect(links()).toEqual(['c2', 'e1']);
    linkCards(doc, 'c2', 'c1');
    expect(links()).toEqual(['c2', 'e1', 'c1']);
    expect(validateMap(exportMap(doc)).ok).toBe(true);
  });
});
