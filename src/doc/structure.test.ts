import { describe, expect, it } from 'vitest';
import {
  DocError,
  addCard,
  addLane,
  addPhase,
  buildSnapshot,
  deleteLane,
  deletePhase,
  exportMap,
  moveCard,
  moveLane,
  movePhase,
  renameLane,
  renamePhase,
  restoreLane,
  restorePhase,
  updatePhase,
} from './index';
import { sync, smallDoc, twoPeers } from './testing/docs';

const phaseIds = (d: ReturnType<typeof smallDoc>): string[] => exportMap(d).phases.map((p) => p.id);
const laneIds = (d: ReturnType<typeof smallDoc>): string[] => exportMap(d).lanes.map((l) => l.id);

describe('phases', () => {
  it('adds at an index, renames, describes, moves', () => {
    const doc = smallDoc();
    const id = addPhase(doc, { name: 'Middle', index: 1 });
    expect(phaseIds(doc)).toEqual(['p1', id, 'p2']);
    renamePhase(doc, id, 'Centre');
    updatePhase(doc, id, { description: 'why' });
    expect(exportMap(doc).phases[1]).toEqual({ id, name: 'Centre', description: 'why' });
    updatePhase(doc, id, { description: undefined });
    expect(exportMap(doc).phases[1]).toEqual({ id, name: 'Centre' });
    movePhase(doc, 'p1', 2);
    expect(phaseIds(doc)).toEqual([id, 'p2', 'p1']);
    movePhase(doc, 'p1', 0);
    expect(phaseIds(doc)).toEqual(['p1', id, 'p2']);
  });

  it('refuses bad input with DocError and leaves the doc alone', () => {
    const doc = smallDoc();
    const before = JSON.stringify(exportMap(doc));
    expect(() => addPhase(doc, { name: '' })).toThrow(DocError);
    expect(() => renamePhase(doc, 'nope', 'x')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(() => movePhase(doc, 'p1', Number.NaN)).toThrow(
      expect.objectContaining({ code: 'invalid' }),
    );
    expect(() => addPhase(doc, { name: 'dup', id: 'p1' })).toThrow(DocError);
    expect(JSON.stringify(exportMap(doc))).toBe(before);
  });

  it('soft-deletes with its cards and restores them', () => {
    const doc = smallDoc();
    deletePhase(doc, 'p1');
    const s = buildSnapshot(doc);
    expect(s.phases.map((p) => p.id)).toEqual(['p2']);
    expect(s.deletedPhases.map((p) => p.id)).toEqual(['p1']);
    expect(exportMap(doc).cards.map((c) => c.id)).toEqual(['k1']);
    expect(() => deletePhase(doc, 'p2')).toThrow(expect.objectContaining({ code: 'invalid' }));
    restorePhase(doc, 'p1');
    expect(phaseIds(doc)).toEqual(['p1', 'p2']);
    expect(exportMap(doc).cards.map((c) => c.id)).toEqual(['c1', 'c2', 'e1', 'k1']);
  });

  it('keeps a card added concurrently into a phase someone deleted; restore brings it back', () => {
    const [a, b] = twoPeers();
    deletePhase(a, 'p1');
    const card = addCard(b, { laneId: 'touch', phaseId: 'p1', text: 'late' });
    sync(a, b);
    expect(buildSnapshot(a).cards.has(card)).toBe(true);
    expect(exportMap(a).cards.some((c) => c.id === card)).toBe(false);
    restorePhase(a, 'p1');
    expect(exportMap(a).cards.find((c) => c.id === card)?.text).toBe('late');
  });

  it('concurrent moves of different phases both apply and peers agree', () => {
    const [a, b] = twoPeers();
    const p3 = addPhase(a, { name: 'Three' });
    sync(a, b);
    movePhase(a, 'p1', 2);
    movePhase(b, p3, 0);
    sync(a, b);
    expect(phaseIds(a)).toEqual(phaseIds(b));
    expect(phaseIds(a)[0]).toBe(p3);
    expect(phaseIds(a).at(-1)).toBe('p1');
  });
});

describe('lanes', () => {
  it('adds, renames, moves, deletes and restores', () => {
    const doc = smallDoc();
    const id = addLane(doc, { type: 'needs', name: 'Needs', index: 0 });
    expect(laneIds(doc)[0]).toBe(id);
    renameLane(doc, id, 'User needs');
    expect(exportMap(doc).lanes[0]).toEqual({ id, type: 'needs', name: 'User needs' });
    moveLane(doc, id, 99);
    expect(laneIds(doc).at(-1)).toBe(id);
    deleteLane(doc, 'touch');
    expect(laneIds(doc)).not.toContain('touch');
    expect(exportMap(doc).cards.some((c) => c.laneId === 'touch')).toBe(false);
    restoreLane(doc, 'touch');
    expect(laneIds(doc)[0]).toBe('touch');
    expect(exportMap(doc).cards.filter((c) => c.laneId === 'touch')).toHaveLength(2);
  });

  it('a card moved concurrently into a lane someone deleted is kept and returns on restore', () => {
    const [a, b] = twoPeers();
    deleteLane(a, 'notes');
    moveCard(b, 'c1', { laneId: 'notes', phaseId: 'p2' });
    sync(a, b);
    expect(JSON.stringify(exportMap(a))).toBe(JSON.stringify(exportMap(b)));
    expect(exportMap(a).cards.some((c) => c.id === 'c1')).toBe(false);
    expect(buildSnapshot(a).cards.get('c1')?.laneId).toBe('notes');
    restoreLane(b, 'notes');
    sync(a, b);
    expect(exportMap(a).cards.find((c) => c.id === 'c1')).toMatchObject({
      laneId: 'notes',
      phaseId: 'p2',
    });
  });

  it('refuses unknown types, empty names, unknown ids and moving a deleted lane', () => {
    const doc = smallDoc();
    expect(() => addLane(doc, { type: 'bogus' as 'notes', name: 'x' })).toThrow(DocError);
    expect(() => addLane(doc, { type: 'notes', name: '' })).toThrow(DocError);
    expect(() => renameLane(doc, 'nope', 'x')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    deleteLane(doc, 'notes');
    expect(() => moveLane(doc, 'notes', 0)).toThrow(expect.objectContaining({ code: 'invalid' }));
  });
});
