import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addRoadmapItem,
  createMaturityDoc,
  deleteRoadmapItem,
  isMapDoc,
  isMaturityDoc,
  maturitySnapshot,
  maturityUpdatedAt,
  rateAspect,
  revealAspects,
  setAgreedLevel,
  updateRoadmapItem,
} from './index';
import type { Level } from '../model/maturity';

const ann = { id: 'ann', name: 'Ann' };
const bob = { id: 'bob', name: 'Bob' };

function newCheck(previousId: string | null = null): Y.Doc {
  const doc = new Y.Doc();
  createMaturityDoc(doc, {
    id: 'check1',
    title: ' Q4 check ',
    createdAt: '2026-12-06T08:00:00Z',
    facilitator: ann,
    previousId,
  });
  return doc;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('maturity check document', () => {
  it('updatedAt: the creation time until a first command, then the time of the last one', () => {
    const doc = newCheck();
    expect(maturityUpdatedAt(doc)).toBe('2026-12-06T08:00:00Z');
    vi.useFakeTimers({ now: new Date('2027-01-02T03:04:05.000Z') });
    try {
      rateAspect(doc, 'metrics', bob, 2);
    } finally {
      vi.useRealTimers();
    }
    expect(maturityUpdatedAt(doc)).toBe('2027-01-02T03:04:05.000Z');
  });

  it('a new check: its meta, no ratings, and it is no journey map', () => {
    const doc = newCheck('old');
    expect(isMaturityDoc(doc)).toBe(true);
    expect(isMapDoc(doc)).toBe(false);
    const check = maturitySnapshot(doc)!;
    expect(check).toMatchObject({
      id: 'check1',
      title: 'Q4 check',
      facilitatorId: 'ann',
      previousId: 'old',
      participants: { ann: 'Ann' },
      roadmap: [],
    });
    expect(check.aspects.metrics).toEqual({ ratings: {}, revealed: false, agreed: null });
    expect(maturitySnapshot(new Y.Doc())).toBeNull();
    expect(() => createMaturityDoc(doc, { ...check, facilitator: ann })).toThrow(/already/);
  });

  it('two people rate at the same time on two peers; both see both ratings after sync', () => {
    const a = newCheck();
    const b = new Y.Doc();
    exchange(a, b);
    rateAspect(a, 'metrics', ann, 1);
    rateAspect(b, 'metrics', bob, 3);
    rateAspect(b, 'tools', bob, 2);
    exchange(a, b);
    for (const doc of [a, b]) {
      const check = maturitySnapshot(doc)!;
      expect(check.aspects.metrics.ratings).toEqual({ ann: 1, bob: 3 });
      expect(check.aspects.tools.ratings).toEqual({ bob: 2 });
      expect(check.participants).toEqual({ ann: 'Ann', bob: 'Bob' });
    }
    rateAspect(b, 'metrics', bob, null);
    expect(maturitySnapshot(b)!.aspects.metrics.ratings).toEqual({ ann: 1 });
  });

  it('reveal and the agreed level', () => {
    const doc = newCheck();
    revealAspects(doc, ['metrics', 'tools']);
    setAgreedLevel(doc, 'metrics', 2);
    let check = maturitySnapshot(doc)!;
    expect(check.aspects.metrics).toMatchObject({ revealed: true, agreed: 2 });
    expect(check.aspects.awareness.revealed).toBe(false);
    setAgreedLevel(doc, 'metrics', null);
    revealAspects(doc, ['tools'], false);
    check = maturitySnapshot(doc)!;
    expect(check.aspects.metrics.agreed).toBeNull();
    expect(check.aspects.tools.revealed).toBe(false);
  });

  it('rejects a level outside 0–4 and an unknown aspect, changing nothing', () => {
    const doc = newCheck();
    expect(() => rateAspect(doc, 'metrics', ann, 5 as Level)).toThrow(/0–4/);
    expect(() => rateAspect(doc, 'budget' as 'metrics', ann, 1)).toThrow(/aspect/);
    expect(() => setAgreedLevel(doc, 'metrics', -1 as Level)).toThrow(/0–4/);
    expect(maturitySnapshot(doc)!.aspects.metrics.ratings).toEqual({});
  });

  it('the roadmap: goals per quarter in order, edited and removed', () => {
    const doc = newCheck();
    const first = addRoadmapItem(doc, { quarter: '2027-Q2', goal: 'KPI system' });
    const second = addRoadmapItem(doc, {
      quarter: '2027-Q1',
      goal: 'Owners for every map',
      aspect: 'governance',
    });
    const third = addRoadmapItem(doc, { quarter: '2027-Q1', goal: 'Template' });
    updateRoadmapItem(doc, second, { owner: 'CX team', status: 'doing', measure: 'Workshop' });
    let items = maturitySnapshot(doc)!.roadmap;
    expect(items.map((i) => i.id)).toEqual([second, third, first]);
    expect(items[0]).toMatchObject({
      goal: 'Owners for every map',
      owner: 'CX team',
      status: 'doing',
      measure: 'Workshop',
      aspect: 'governance',
    });
    expect(items[1]).toMatchObject({ status: 'planned', owner: '', aspect: null });
    expect(() => updateRoadmapItem(doc, first, { quarter: 'next year' })).toThrow(/2027-Q1/);
    expect(() => updateRoadmapItem(doc, 'nope', { goal: 'x' })).toThrow(/nope/);
    deleteRoadmapItem(doc, third);
    items = maturitySnapshot(doc)!.roadmap;
    expect(items.map((i) => i.goal)).toEqual(['Owners for every map', 'KPI system']);
  });
});
