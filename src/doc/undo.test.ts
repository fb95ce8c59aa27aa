import { describe, expect, it } from 'vitest';
import {
  addCard,
  createUndoManager,
  deleteLane,
  exportMap,
  moveCards,
  restoreLane,
  setCardText,
  updateCard,
} from './index';
import { cellIds, exportedCard, smallDoc, sync, twoPeers } from './testing/docs';

describe('undo', () => {
  it('one command is one step, even in quick succession', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    setCardText(doc, 'c1', 'a');
    setCardText(doc, 'c1', 'ab');
    setCardText(doc, 'c1', 'abc');
    expect(undo.undo()).toBe(true);
    expect(exportedCard(doc, 'c1')?.text).toBe('ab');
    expect(undo.redo()).toBe(true);
    expect(exportedCard(doc, 'c1')?.text).toBe('abc');
  });

  it('a multi-card move is one gesture: undone and redone whole', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    const before = exportMap(doc).cards;
    moveCards(doc, ['c1', 'c2'], { laneId: 'notes', phaseId: 'p2' });
    expect(cellIds(doc, 'notes', 'p2')).toEqual(['c1', 'c2']);
    undo.undo();
    expect(exportMap(doc).cards).toEqual(before);
    expect(undo.canRedo()).toBe(true);
    undo.redo();
    expect(cellIds(doc, 'notes', 'p2')).toEqual(['c1', 'c2']);
  });

  it('undoes add and delete', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    const id = addCard(doc, { laneId: 'notes', phaseId: 'p1', text: 'n' });
    deleteLane(doc, 'notes');
    undo.undo();
    expect(exportedCard(doc, id)?.text).toBe('n');
    undo.undo();
    expect(exportedCard(doc, id)).toBeUndefined();
    expect(undo.canUndo()).toBe(false);
  });

  it('never reverts remote edits', () => {
    const [a, b] = twoPeers();
    const undo = createUndoManager(a);
    updateCard(a, 'c1', { color: '#000000' });
    updateCard(b, 'c2', { color: '#ffffff' });
    setCardText(b, 'c1', 'remote text');
    sync(a, b);
    undo.undo();
    expect(exportedCard(a, 'c1')?.color).toBeUndefined();
    expect(exportedCard(a, 'c1')?.text).toBe('remote text');
    expect(exportedCard(a, 'c2')?.color).toBe('#ffffff');
    expect(undo.canUndo()).toBe(false);
  });

  it('notifies subscribers and stops after destroy', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    let calls = 0;
    const off = undo.subscribe(() => calls++);
    restoreLane(doc, 'notes');
    deleteLane(doc, 'notes');
    expect(calls).toBe(1);
    undo.undo();
    expect(calls).toBeGreaterThanOrEqual(2);
    off();
    const seen = calls;
    deleteLane(doc, 'touch');
    expect(calls).toBe(seen);
    undo.destroy();
    expect(undo.undo()).toBe(false);
  });

  it('a group is one step: typing written in bursts is undone and redone whole', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    updateCard(doc, 'c1', { color: '#000000' });
    const group = undo.beginGroup();
    setCardText(doc, 'c1', 'a');
    setCardText(doc, 'c1', 'ab');
    setCardText(doc, 'c1', 'abc');
    group.end();
    setCardText(doc, 'c1', 'abcd');
    undo.undo();
    expect(exportedCard(doc, 'c1')?.text).toBe('abc');
    undo.undo();
    expect(exportedCard(doc, 'c1')?.text).toBe('first');
    expect(exportedCard(doc, 'c1')?.color).toBe('#000000');
    undo.redo();
    expect(exportedCard(doc, 'c1')?.text).toBe('abc');
  });

  it('keeps a peer’s edits made during a group out of the step', () => {
    const [a, b] = twoPeers();
    const undo = createUndoManager(a);
    const group = undo.beginGroup();
    setCardText(a, 'c1', 'mine');
    updateCard(b, 'c2', { color: '#ffffff' });
    sync(a, b);
    setCardText(a, 'c1', 'mine, longer');
    group.end();
    undo.undo();
    expect(exportedCard(a, 'c1')?.text).toBe('first');
    expect(exportedCard(a, 'c2')?.color).toBe('#ffffff');
    expect(undo.canUndo()).toBe(false);
  });

  it('cancel takes a group back and leaves no step; a new group closes the old one', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    deleteLane(doc, 'touch');
    const draft = undo.beginGroup();
    const id = addCard(doc, { laneId: 'notes', phaseId: 'p1', text: 'x' });
    setCardText(doc, id, '');
    draft.cancel();
    expect(exportedCard(doc, id)).toBeUndefined();
    expect(undo.canRedo()).toBe(false);
    // the step before the group is still the last one
    undo.undo();
    expect(exportMap(doc).lanes.find((l) => l.id === 'touch')).toBeDefined();
    expect(undo.canUndo()).toBe(false);

    const first = undo.beginGroup();
    setCardText(doc, 'c1', 'one');
    undo.beginGroup();
    setCardText(doc, 'c1', 'two');
    first.cancel(); // closed already, and no longer the last step: nothing happens
    expect(exportedCard(doc, 'c1')?.text).toBe('two');
    undo.undo();
    expect(exportedCard(doc, 'c1')?.text).toBe('one');
  });
});
