import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  DocError,
  addCard,
  buildSnapshot,
  deleteCards,
  deleteLane,
  duplicateCard,
  exportMap,
  moveCard,
  moveCards,
  restoreCard,
  setCardText,
  updateCard,
  updateCards,
  createUndoManager,
} from './index';
import { cellIds, exportedCard, smallDoc, sync, twoPeers } from './testing/docs';

describe('addCard', () => {
  it('adds at an index of the cell with lane-specific fields', () => {
    const doc = smallDoc();
    const id = addCard(doc, {
      laneId: 'touch',
      phaseId: 'p1',
      index: 1,
      text: 'mid',
      channel: 'app',
      ownerTeam: 'Ops',
    });
    expect(cellIds(doc, 'touch', 'p1')).toEqual(['c1', id, 'c2']);
    expect(exportedCard(doc, id)).toEqual({
      id,
      laneId: 'touch',
      phaseId: 'p1',
      text: 'mid',
      channel: 'app',
      ownerTeam: 'Ops',
    });
  });

  it('gives required fields their defaults (emotion score 0, KPI direction)', () => {
    const doc = smallDoc();
    const e = addCard(doc, { laneId: 'emo', phaseId: 'p2' });
    const k = addCard(doc, { laneId: 'kpi', phaseId: 'p2', text: 'CSAT' });
    expect(exportedCard(doc, e)?.score).toBe(0);
    expect(exportedCard(doc, k)?.kpi).toEqual({ direction: 'higherIsBetter' });
  });

  it('refuses fields of another lane type, bad values, unknown or deleted cells', () => {
    const doc = smallDoc();
    const before = Y.encodeStateVector(doc);
    expect(() => addCard(doc, { laneId: 'notes', phaseId: 'p1', score: 1 })).toThrow(DocError);
    expect(() => addCard(doc, { laneId: 'emo', phaseId: 'p1', score: 4 })).toThrow(/score/);
    expect(() => addCard(doc, { laneId: 'pain', phaseId: 'p1', severity: 0 })).toThrow(DocError);
    expect(() => addCard(doc, { laneId: 'touch', phaseId: 'p1', channel: 'fax' })).toThrow(
      DocError,
    );
    expect(() => addCard(doc, { laneId: 'notes', phaseId: 'p1', color: 'red' })).toThrow(DocError);
    expect(() => addCard(doc, { laneId: 'nope', phaseId: 'p1' })).toThrow(DocError);
    expect(() => addCard(doc, { laneId: 'notes', phaseId: 'nope' })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(() =>
      addCard(doc, { laneId: 'touch', phaseId: 'p1', text: 'x'.repeat(10_001) }),
    ).toThrow(DocError);
    // refused commands wrote nothing at all
    expect(Y.encodeStateVector(doc)).toEqual(before);
    deleteLane(doc, 'notes');
    expect(() => addCard(doc, { laneId: 'notes', phaseId: 'p1' })).toThrow(/deleted/);
    expect(exportMap(doc).cards).toHaveLength(4);
  });
});

describe('text', () => {
  it('setCardText writes a minimal diff, so concurrent typing merges', () => {
    const [a, b] = twoPeers();
    setCardText(a, 'c1', 'first card');
    setCardText(b, 'c1', 'the first');
    sync(a, b);
    expect(exportedCard(a, 'c1')?.text).toBe('the first card');
    expect(exportedCard(b, 'c1')?.text).toBe('the first card');
  });

  it('refuses unknown cards and over-long text', () => {
    const doc = smallDoc();
    expect(() => setCardText(doc, 'nope', 'x')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(() => setCardText(doc, 'c1', 'y'.repeat(10_001))).toThrow(DocError);
  });
});

describe('updateCard', () => {
  it('sets and removes fields', () => {
    const doc = smallDoc();
    updateCard(doc, 'c1', { tags: ['a', 'b'], color: '#112233', channel: 'phone' });
    expect(exportedCard(doc, 'c1')).toMatchObject({
      tags: ['a', 'b'],
      color: '#112233',
      channel: 'phone',
    });
    updateCard(doc, 'c1', { color: undefined, channel: undefined });
    const card = exportedCard(doc, 'c1');
    expect(card && 'color' in card).toBe(false);
    expect(card && 'channel' in card).toBe(false);
  });

  it('refuses a field of another lane type and removing a required score', () => {
    const doc = smallDoc();
    expect(() => updateCard(doc, 'c1', { score: 1 })).toThrow(/emotions/);
    expect(() => updateCard(doc, 'e1', { score: undefined })).toThrow(/score/);
    expect(() => updateCard(doc, 'e1', { score: 2.5 })).toThrow(DocError);
    expect(() => updateCard(doc, 'nope', {})).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(() => updateCard(doc, 'c1', { bogus: 1 } as never)).toThrow(DocError);
  });
});

describe('updateCards', () => {
  it('patches several cards as one undo step', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    updateCards(
      doc,
      new Map([
        ['c1', { color: '#aa0000' }],
        ['c2', { color: '#aa0000', tags: ['x'] }],
      ]),
    );
    expect(exportedCard(doc, 'c1')?.color).toBe('#aa0000');
    expect(exportedCard(doc, 'c2')).toMatchObject({ color: '#aa0000', tags: ['x'] });
    undo.undo();
    expect(exportedCard(doc, 'c1')?.color).toBeUndefined();
    expect(exportedCard(doc, 'c2')?.color).toBeUndefined();
    expect(undo.canUndo()).toBe(false);
  });

  it('writes nothing when one patch is refused', () => {
    const doc = smallDoc();
    const before = JSON.stringify(exportMap(doc));
    expect(() =>
      updateCards(
        doc,
        new Map([
          ['c1', { color: '#aa0000' }],
          ['c2', { score: 1 }],
        ]),
      ),
    ).toThrow(DocError);
    expect(JSON.stringify(exportMap(doc))).toBe(before);
  });
});

describe('moving cards', () => {
  it('moves within a cell and into another cell at an index', () => {
    const doc = smallDoc();
    moveCard(doc, 'c1', { laneId: 'touch', phaseId: 'p1', index: 1 });
    expect(cellIds(doc, 'touch', 'p1')).toEqual(['c2', 'c1']);
    const x = addCard(doc, { laneId: 'notes', phaseId: 'p2', text: 'x' });
    moveCard(doc, 'c2', { laneId: 'notes', phaseId: 'p2', index: 0 });
    expect(cellIds(doc, 'notes', 'p2')).toEqual(['c2', x]);
  });

  it('hides fields of the old lane type and gives the new type its required fields', () => {
    const doc = smallDoc();
    moveCard(doc, 'c1', { laneId: 'emo', phaseId: 'p1' });
    expect(exportedCard(doc, 'c1')).toMatchObject({ laneId: 'emo', score: 0 });
    expect(exportedCard(doc, 'c1')?.channel).toBeUndefined();
    moveCard(doc, 'c1', { laneId: 'touch', phaseId: 'p1' });
    expect(exportedCard(doc, 'c1')?.channel).toBe('web');
  });

  it('moveCards keeps the relative order of a multi-selection', () => {
    const doc = smallDoc();
    const y = addCard(doc, { laneId: 'notes', phaseId: 'p1', text: 'y' });
    moveCards(doc, ['c2', 'c1'], { laneId: 'notes', phaseId: 'p1', index: 0 });
    expect(cellIds(doc, 'notes', 'p1')).toEqual(['c1', 'c2', y]);
    moveCards(doc, ['c1', 'c2'], { phaseId: 'p2' });
    expect(cellIds(doc, 'notes', 'p2')).toEqual(['c1', 'c2']);
  });

  it('refuses deleted targets and unknown cards', () => {
    const doc = smallDoc();
    deleteLane(doc, 'notes');
    expect(() => moveCard(doc, 'c1', { laneId: 'notes', phaseId: 'p1' })).toThrow(DocError);
    expect(() => moveCard(doc, 'nope', { laneId: 'touch', phaseId: 'p1' })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('concurrent moves of one card leave exactly one card, the same on both peers', () => {
    const [a, b] = twoPeers();
    moveCard(a, 'c1', { laneId: 'notes', phaseId: 'p1' });
    moveCard(b, 'c1', { laneId: 'pain', phaseId: 'p2' });
    sync(a, b);
    expect(JSON.stringify(exportMap(a))).toBe(JSON.stringify(exportMap(b)));
    expect(exportMap(a).cards.filter((c) => c.id === 'c1')).toHaveLength(1);
  });
});

describe('duplicate, delete, restore', () => {
  it('duplicates right after the original without votes or comments', () => {
    const doc = smallDoc();
    const copy = duplicateCard(doc, 'c1');
    expect(cellIds(doc, 'touch', 'p1')).toEqual(['c1', copy, 'c2']);
    const { id: _a, ...original } = exportedCard(doc, 'c1') ?? { id: '' };
    const { id: _b, ...duplicate } = exportedCard(doc, copy) ?? { id: '' };
    expect(duplicate).toEqual(original);
  });

  it('soft-deletes several cards and restores one', () => {
    const doc = smallDoc();
    deleteCards(doc, ['c1', 'c2']);
    expect(
      buildSnapshot(doc)
        .deletedCards.map((c) => c.id)
        .sort(),
    ).toEqual(['c1', 'c2']);
    expect(cellIds(doc, 'touch', 'p1')).toEqual([]);
    restoreCard(doc, 'c2');
    expect(cellIds(doc, 'touch', 'p1')).toEqual(['c2']);
    expect(() => deleteCards(doc, ['c1', 'nope'])).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(buildSnapshot(doc).cards.has('c2')).toBe(true);
  });
});
