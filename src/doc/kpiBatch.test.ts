import { describe, expect, it } from 'vitest';
import { addMeasurements, createUndoManager } from './index';
import { exportedCard, smallDoc } from './testing/docs';

describe('addMeasurements', () => {
  it('adds every item as one change, one undo step', () => {
    const doc = smallDoc();
    const undo = createUndoManager(doc);
    const added = addMeasurements(doc, [
      { cardId: 'k1', value: 30, date: '2026-06-01' },
      { cardId: 'k1', value: 20, date: '2026-03-01' },
    ]);
    expect(added).toBe(2);
    expect(exportedCard(doc, 'k1')?.kpi?.measurements).toEqual([
      { value: 20, date: '2026-03-01' },
      { value: 30, date: '2026-06-01' },
    ]);
    undo.undo();
    expect(exportedCard(doc, 'k1')?.kpi?.measurements).toBeUndefined();
  });

  it('writes nothing when one item is bad', () => {
    const doc = smallDoc();
    const good = { cardId: 'k1', value: 1, date: '2026-03-01' };
    expect(() =>
      addMeasurements(doc, [good, { cardId: 'c1', value: 1, date: '2026-03-01' }]),
    ).toThrow('not in a KPI lane');
    expect(() =>
      addMeasurements(doc, [good, { cardId: 'nope', value: 1, date: '2026-03-01' }]),
    ).toThrow();
    expect(() =>
      addMeasurements(doc, [good, { cardId: 'k1', value: Infinity, date: '2026-03-01' }]),
    ).toThrow('items[1]');
    expect(exportedCard(doc, 'k1')?.kpi?.measurements).toBeUndefined();
  });
});
