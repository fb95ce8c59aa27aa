import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/types';
import {
  DocError,
  addCard,
  buildSnapshot,
  castVote,
  createMapDoc,
  createUndoManager,
  exportMap,
  replaceMapContent,
  setCardText,
} from './index';
import { content, exportedCard, smallDoc, sync, twoPeers } from './testing/docs';
import { loadFixture, smallMap } from './testing/fixtures';

describe('createMapDoc', () => {
  it('seeds in one transaction that undo cannot revert', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    createMapDoc(smallMap(), doc);
    expect(transactions).toBe(1);
    expect(undo.canUndo()).toBe(false);
  });

  it('refuses an invalid map with the path of the problem, and a doc that holds a map', () => {
    const bad = {
      ...smallMap(),
      cards: [{ id: 'x', laneId: 'nope', phaseId: 'p1', text: '' }],
    } as JourneyMap;
    expect(() => createMapDoc(bad)).toThrow(/cards\[0\]\.laneId/);
    expect(() => createMapDoc(smallMap(), smallDoc())).toThrow(DocError);
  });

  it('keeps x- extensions at every level and resolved comments', () => {
    const map: JourneyMap = {
      ...smallMap(),
      'x-root': { a: [1, 2] },
      persona: { name: 'P', 'x-p': true },
      phases: [{ id: 'p1', name: 'One', 'x-ph': 1 }],
      lanes: [{ id: 'kpi', type: 'kpis', name: 'K', 'x-l': 'l' }],
      cards: [
        {
          id: 'k1',
          laneId: 'kpi',
          phaseId: 'p1',
          text: 'T',
          votes: 0,
          'x-c': null,
          comments: [
            { author: 'a', text: 't', at: '2026-01-01T00:00:00Z', 'x-resolved': true, 'x-m': 2 },
          ],
          kpi: {
            direction: 'lowerIsBetter',
            'x-k': 1,
            baseline: { value: 1, date: '2026-01-01', 'x-b': 1 },
            measurements: [{ value: 2, date: '2026-02-01', 'x-mm': 'q' }],
          },
        },
      ],
      actions: [{ id: 'a1', title: 'Do', status: 'done', cardIds: ['k1'], 'x-a': 'z' }],
    };
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(createMapDoc(map)));
    expect(exportMap(second)).toEqual(map);
  });
});

describe('replaceMapContent', () => {
  it('diffs by id: updates, soft-deletes missing, adds new, reorders', () => {
    const doc = smallDoc();
    const base = smallMap();
    const next: JourneyMap = {
      ...base,
      title: 'Renamed',
      phases: [base.phases[1]!, base.phases[0]!],
      cards: [
        { id: 'new', laneId: 'notes', phaseId: 'p2', text: 'fresh' },
        { ...base.cards[1]!, text: 'second, edited' },
        ...base.cards.slice(2),
      ],
    };
    replaceMapContent(doc, next);
    expect(content(exportMap(doc))).toEqual(content(next));
    expect(buildSnapshot(doc).deletedCards.map((c) => c.id)).toEqual(['c1']);
    replaceMapContent(doc, base);
    expect(content(exportMap(doc))).toEqual(content(base));
  });

  it('is one undo step and merges with concurrent edits', () => {
    const [a, b] = twoPeers();
    const undo = createUndoManager(a);
    const map = {
      ...smallMap(),
      title: 'Pushed',
      cards: smallMap().cards.map((c) => (c.id === 'c1' ? { ...c, text: 'first!' } : c)),
    };
    replaceMapContent(a, map);
    const added = addCard(b, { laneId: 'notes', phaseId: 'p1', text: 'meanwhile' });
    setCardText(b, 'c2', 'second (b)');
    castVote(b, 'e1', 'bob');
    sync(a, b);
    expect(exportMap(a)).toEqual(exportMap(b));
    expect(exportMap(a).title).toBe('Pushed');
    expect(exportedCard(a, 'c1')?.text).toBe('first!');
    expect(exportedCard(a, added)?.text).toBe('meanwhile');
    expect(exportedCard(a, 'c2')?.text).toBe('second (b)');
    expect(exportedCard(a, 'e1')?.votes).toBe(1);
    undo.undo();
    expect(exportMap(a).title).toBe('Small');
    expect(exportedCard(a, 'c1')?.text).toBe('first');
  });

  it('refuses a map with another id and invalid maps, writing nothing', () => {
    const doc = smallDoc();
    const before = Y.encodeStateVector(doc);
    expect(() => replaceMapContent(doc, { ...smallMap(), id: 'other' })).toThrow(/other/);
    expect(() => replaceMapContent(doc, { ...smallMap(), phases: [] })).toThrow(DocError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('turns a file vote total into one imported voter only when the total changed', () => {
    const doc = smallDoc();
    castVote(doc, 'c1', 'ann', 2);
    castVote(doc, 'c1', 'bob', 1);
    const map = exportMap(doc);
    replaceMapContent(doc, map);
    expect(buildSnapshot(doc).cards.get('c1')?.votesBy).toEqual({ ann: 2, bob: 1 });
    replaceMapContent(doc, {
      ...map,
      cards: map.cards.map((c) => (c.id === 'c1' ? { ...c, votes: 5 } : c)),
    });
    expect(exportedCard(doc, 'c1')?.votes).toBe(5);
  });

  it('round-trips the fixtures through replace onto another map', () => {
    const doc = createMapDoc(loadFixture('kfz-versicherung.journey.json'));
    const other = { ...loadFixture('saas-onboarding.journey.json'), id: 'kfz-versicherung-2026' };
    replaceMapContent(doc, other);
    // the doc keeps its own creation time; the rest is the other file
    expect(content(exportMap(doc), true)).toEqual(content(other, true));
    const peer = new Y.Doc();
    sync(doc, peer);
    expect(exportMap(peer)).toEqual(exportMap(doc));
  });
});
