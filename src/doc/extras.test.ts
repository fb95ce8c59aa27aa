import { describe, expect, it } from 'vitest';
import {
  DocError,
  addAction,
  addComment,
  addMeasurement,
  buildSnapshot,
  castVote,
  clearVotes,
  deleteAction,
  deleteCards,
  deleteComment,
  exportMap,
  linkCards,
  removeMeasurement,
  resolveComment,
  setKpi,
  setVotes,
  unlinkCards,
  updateAction,
  updateMeta,
  updatePersona,
} from './index';
import { exportedCard, smallDoc, sync, twoPeers } from './testing/docs';

describe('votes', () => {
  it('counts per voter; concurrent voters add up', () => {
    const [a, b] = twoPeers();
    castVote(a, 'c1', 'ann');
    castVote(a, 'c1', 'ann', 2);
    castVote(b, 'c1', 'bob');
    sync(a, b);
    expect(exportedCard(a, 'c1')?.votes).toBe(4);
    expect(buildSnapshot(b).cards.get('c1')?.votesBy).toEqual({ ann: 3, bob: 1 });
  });

  it('never drops below zero; setVotes and clearVotes', () => {
    const doc = smallDoc();
    castVote(doc, 'c1', 'ann', -5);
    expect(exportedCard(doc, 'c1')?.votes).toBe(0);
    setVotes(doc, 'c1', 'ann', 7);
    expect(exportedCard(doc, 'c1')?.votes).toBe(7);
    clearVotes(doc, 'c1');
    expect(exportedCard(doc, 'c1') && 'votes' in (exportedCard(doc, 'c1') ?? {})).toBe(false);
    expect(() => setVotes(doc, 'c1', 'ann', -1)).toThrow(DocError);
    expect(() => castVote(doc, 'nope', 'ann')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});

describe('comments', () => {
  it('adds, resolves (exported as x-resolved) and deletes', () => {
    const doc = smallDoc();
    const id = addComment(doc, 'c1', { author: 'Lea', text: 'why?', at: '2026-11-02T10:15:00Z' });
    addComment(doc, 'c1', { author: 'Max', text: 'because', at: '2026-11-01T10:15:00Z' });
    expect(exportedCard(doc, 'c1')?.comments?.map((c) => c.author)).toEqual(['Lea', 'Max']);
    resolveComment(doc, 'c1', id, true);
    expect(exportedCard(doc, 'c1')?.comments?.[0]).toEqual({
      author: 'Lea',
      text: 'why?',
      at: '2026-11-02T10:15:00Z',
      'x-resolved': true,
    });
    deleteComment(doc, 'c1', id);
    expect(exportedCard(doc, 'c1')?.comments).toHaveLength(1);
    expect(() => resolveComment(doc, 'c1', id, false)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(() => addComment(doc, 'c1', { author: 'x', text: 'y', at: 'yesterday' })).toThrow(
      DocError,
    );
  });

  it('concurrent comments both survive', () => {
    const [a, b] = twoPeers();
    addComment(a, 'c1', { author: 'A', text: '1' });
    addComment(b, 'c1', { author: 'B', text: '2' });
    sync(a, b);
    expect(exportedCard(a, 'c1')?.comments).toHaveLength(2);
  });
});

describe('KPIs', () => {
  it('sets registers, adds measurements sorted by date, removes by index or date', () => {
    const doc = smallDoc();
    setKpi(doc, 'k1', {
      baseline: { value: 10, date: '2026-01-01' },
      target: { value: 50 },
      direction: 'higherIsBetter',
    });
    addMeasurement(doc, 'k1', { value: 30, date: '2026-06-01' });
    addMeasurement(doc, 'k1', { value: 20, date: '2026-03-01' });
    expect(exportedCard(doc, 'k1')?.kpi).toEqual({
      direction: 'higherIsBetter',
      unit: 'NPS',
      baseline: { value: 10, date: '2026-01-01' },
      target: { value: 50 },
      measurements: [
        { value: 20, date: '2026-03-01' },
        { value: 30, date: '2026-06-01' },
      ],
    });
    removeMeasurement(doc, 'k1', 0);
    removeMeasurement(doc, 'k1', '2026-06-01');
    expect(exportedCard(doc, 'k1')?.kpi?.measurements).toBeUndefined();
    setKpi(doc, 'k1', { unit: undefined });
    expect(exportedCard(doc, 'k1')?.kpi?.unit).toBeUndefined();
  });

  it('refuses non-KPI cards, bad values and unknown measurements', () => {
    const doc = smallDoc();
    expect(() => setKpi(doc, 'c1', { unit: '%' })).toThrow(/KPI lane/);
    expect(() => setKpi(doc, 'k1', { direction: undefined })).toThrow(DocError);
    expect(() => addMeasurement(doc, 'k1', { value: Number.NaN, date: '2026-01-01' })).toThrow(
      DocError,
    );
    expect(() => addMeasurement(doc, 'k1', { value: 1, date: '01.01.2026' })).toThrow(DocError);
    expect(() => removeMeasurement(doc, 'k1', 3)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('concurrent measurements both survive', () => {
    const [a, b] = twoPeers();
    addMeasurement(a, 'k1', { value: 1, date: '2026-02-01' });
    addMeasurement(b, 'k1', { value: 2, date: '2026-02-01' });
    sync(a, b);
    expect(exportedCard(a, 'k1')?.kpi?.measurements).toHaveLength(2);
    expect(exportMap(a)).toEqual(exportMap(b));
  });
});

describe('links', () => {
  it('links in order, unlinks, and exports only links to exported cards', () => {
    const doc = smallDoc();
    linkCards(doc, 'c1', 'e1');
    linkCards(doc, 'c1', 'c2');
    linkCards(doc, 'c1', 'e1');
    expect(exportedCard(doc, 'c1')?.links).toEqual(['e1', 'c2']);
    deleteCards(doc, ['e1']);
    expect(exportedCard(doc, 'c1')?.links).toEqual(['c2']);
    unlinkCards(doc, 'c1', 'c2');
    expect(exportedCard(doc, 'c1')?.links).toBeUndefined();
    expect(() => linkCards(doc, 'c1', 'c1')).toThrow(DocError);
    expect(() => linkCards(doc, 'c1', 'nope')).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});

describe('actions', () => {
  it('adds, updates, deletes; exports card ids of exported cards only', () => {
    const doc = smallDoc();
    const id = addAction(doc, { title: 'Fix it', cardIds: ['c1', 'c2'], due: '2027-01-31' });
    expect(exportMap(doc).actions).toEqual([
      { id, title: 'Fix it', status: 'open', due: '2027-01-31', cardIds: ['c1', 'c2'] },
    ]);
    updateAction(doc, id, { status: 'doing', ownerTeam: 'Ops', due: undefined });
    deleteCards(doc, ['c2']);
    expect(exportMap(doc).actions).toEqual([
      { id, title: 'Fix it', status: 'doing', ownerTeam: 'Ops', cardIds: ['c1'] },
    ]);
    expect(() => updateAction(doc, id, { status: 'later' as 'open' })).toThrow(DocError);
    expect(() => addAction(doc, { title: 'x', cardIds: ['nope'] })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    expect(() => addAction(doc, { title: '', cardIds: [] })).toThrow(DocError);
    deleteAction(doc, id);
    expect(exportMap(doc).actions).toBeUndefined();
  });
});

describe('meta and persona', () => {
  it('updates and removes map fields; title stays required', () => {
    const doc = smallDoc();
    updateMeta(doc, { title: 'New', tags: ['a'], state: 'future', cxGoal: 'Faster' });
    expect(exportMap(doc)).toMatchObject({
      title: 'New',
      tags: ['a'],
      state: 'future',
      cxGoal: 'Faster',
    });
    updateMeta(doc, { tags: undefined });
    expect('tags' in exportMap(doc)).toBe(false);
    expect(() => updateMeta(doc, { title: undefined })).toThrow(DocError);
    expect(() => updateMeta(doc, { state: 'past' as 'future' })).toThrow(DocError);
    expect(() => updateMeta(doc, { language: 'not a tag' })).toThrow(DocError);
  });

  it('stamps updatedAt on every command', () => {
    const doc = smallDoc();
    const before = exportMap(doc).updatedAt;
    updateMeta(doc, { owner: 'CX' });
    expect(exportMap(doc).updatedAt).not.toBe(before);
    expect(Date.parse(exportMap(doc).updatedAt)).toBeGreaterThan(Date.parse(before));
  });

  it('merges persona patches and removes the persona with null', () => {
    const doc = smallDoc();
    expect(() => updatePersona(doc, { goals: ['x'] })).toThrow(/name/);
    updatePersona(doc, { name: 'Sam', goals: ['ship'] });
    updatePersona(doc, { description: 'busy', goals: undefined });
    expect(exportMap(doc).persona).toEqual({ name: 'Sam', description: 'busy' });
    updatePersona(doc, null);
    expect(exportMap(doc).persona).toBeUndefined();
  });
});
