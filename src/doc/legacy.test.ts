/**
 * Documents stored before the compact card layout (browsers' IndexedDB, relays'
 * SQLite) open, export, edit and merge exactly as before; new cards are compact.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { validateMap } from '../model/validation';
import {
  addCard,
  addComment,
  addMeasurement,
  buildSnapshot,
  castVote,
  createMapDoc,
  deleteCards,
  duplicateCard,
  exportMap,
  linkCards,
  moveCard,
  replaceMapContent,
  restoreCard,
  setCardText,
  setKpi,
} from './index';
import { isLegacyCard } from './cardlayout';
import { cardsRoot, getEntity, type EntityMap } from './roots';
import { content, sync } from './testing/docs';
import { everyFieldMap } from './testing/everyField';
import { snapshotJson } from './testing/fuzz';
import {
  docFrom,
  legacyCardMap,
  legacyRecording,
  recordedSeedMap,
  writeLegacyMap,
} from './testing/legacyLayout';

const recording = legacyRecording();

function card(doc: Y.Doc, id: string): EntityMap {
  const found = getEntity(cardsRoot(doc), id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

/** The keys of a card's Y.Map, sorted. */
const keysOf = (doc: Y.Doc, id: string): string[] => [...card(doc, id).keys()].sort();

/** A Y.Doc's content with order keys and random entry ids blanked, to compare layouts. */
function shape(value: unknown, key = ''): unknown {
  if (value instanceof Y.Text) return { text: value.toString() };
  if (value instanceof Y.Map) {
    const entries = [...(value as Y.Map<unknown>).entries()].map(([k, v]): [string, unknown] => [
      k,
      key === 'links' ? 'KEY' : shape(v, k),
    ]);
    // comments and measurements are keyed by random ids
    if (key === 'comments' || key === 'measurements')
      return entries.map(([, v]) => JSON.stringify(v)).sort();
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  if (key === 'order') return 'KEY';
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, k)]));
  return value;
}

function docShape(doc: Y.Doc): unknown {
  return Object.fromEntries(
    ['meta', 'phases', 'lanes', 'cards', 'actions'].map((root) => [
      root,
      shape(doc.getMap(root), root),
    ]),
  );
}

describe('documents in the legacy card layout', () => {
  it('the raw legacy writer writes what the old code wrote', () => {
    const old = docFrom(recording.seedUpdate);
    const raw = writeLegacyMap(recordedSeedMap(everyFieldMap()));
    expect(docShape(raw)).toEqual(docShape(old));
    expect(keysOf(old, 'c1')).toContain('votes');
    expect(isLegacyCard(card(old, 'k1'))).toBe(true);
  });

  it('a stored old document opens with the same snapshot and export as before', () => {
    const doc = docFrom(recording.update);
    expect(JSON.parse(snapshotJson(buildSnapshot(doc)))).toEqual(recording.snapshot);
    expect(exportMap(doc)).toEqual(recording.export);
    expect(validateMap(exportMap(doc)).ok).toBe(true);
  });

  it('commands edit legacy cards in place; new cards and copies are compact', () => {
    const doc = docFrom(recording.update);
    const before = keysOf(doc, 'e1');
    castVote(doc, 'e1', 'cy', 2);
    addComment(doc, 'e1', { author: 'Kim', text: 'again', at: '2026-11-23T08:00:00Z' });
    moveCard(doc, 'e1', { laneId: 'emo', phaseId: 'p2', index: 0 });
    setKpi(doc, 'k3', { unit: 'ms' });
    addMeasurement(doc, 'k3', { value: 7, date: '2026-05-01' });
    deleteCards(doc, ['s1']);
    restoreCard(doc, 's1');
    expect(keysOf(doc, 'e1')).toEqual(before);
    const legacy = card(doc, 'e1');
    expect((legacy.get('votes') as Y.Map<unknown>).get('cy')).toBe(2);
    expect(legacy.get('phaseId')).toBe('p2');
    expect(legacy.has('place')).toBe(false);

    const added = addCard(doc, { laneId: 'kpi', phaseId: 'p1', text: 'new KPI' });
    const copy = duplicateCard(doc, 'c2');
    linkCards(doc, added, 'e1');
    linkCards(doc, 'e1', added);
    for (const id of [added, copy]) {
      expect(isLegacyCard(card(doc, id))).toBe(false);
      expect(keysOf(doc, id).some((k) => card(doc, id).get(k) instanceof Y.Map)).toBe(false);
    }
    const view = buildSnapshot(doc);
    expect(view.cards.get('e1')).toMatchObject({ phaseId: 'p2', votesBy: { cy: 2 } });
    expect(view.cards.get('e1')?.links).toEqual(['s1', added]);
    expect(view.cards.get('e1')?.comments.map((c) => c.text)).toEqual(['hi', 'again']);
    expect(view.cards.get('k3')?.kpi).toMatchObject({ unit: 'ms', measurements: [{ value: 7 }] });
    // the copy of a legacy card carries its links (repeats included) in the compact layout
    expect(view.cards.get(copy)?.links).toEqual(view.cards.get('c2')?.links);
    expect(view.cards.get(added)?.kpi).toEqual({ direction: 'higherIsBetter' });
    const out = exportMap(doc);
    expect(validateMap(out).ok).toBe(true);
    expect(content(exportMap(createMapDoc(out)))).toEqual(content(out));
  });

  it('restoring the old version onto an edited old document brings it back in place', () => {
    const doc = docFrom(recording.update);
    castVote(doc, 'c1', 'cy', 4);
    moveCard(doc, 'c2', { laneId: 'tp', phaseId: 'p1' });
    setCardText(doc, 'e1', 'changed');
    addCard(doc, { laneId: 'notes', phaseId: 'p2', text: 'gone again' });
    replaceMapContent(doc, recording.export);
    expect(content(exportMap(doc))).toEqual(content(recording.export));
    for (const c of recording.export.cards) expect(isLegacyCard(card(doc, c.id))).toBe(true);
  });

  it('merges with new-layout peers and with an old client still writing the old layout', () => {
    const oldClient = docFrom(recording.update);
    const peer = docFrom(recording.update);
    // the old client, as its code wrote: nested votes, three move registers, raw text, a legacy card
    oldClient.transact(() => {
      (card(oldClient, 'c1').get('votes') as Y.Map<unknown>).set('old', 2);
      const e1 = card(oldClient, 'e1');
      e1.set('phaseId', 'p2');
      e1.set('order', 'zz1');
      (card(oldClient, 'c2').get('text') as Y.Text).insert(0, '[old]');
      cardsRoot(oldClient).set(
        'legacy2',
        legacyCardMap({ id: 'legacy2', laneId: 'notes', phaseId: 'p1', text: 'from old' }, 'V1'),
      );
    });
    // a new peer at the same time
    castVote(peer, 'c1', 'new', 1);
    setCardText(peer, 'c2', `${buildSnapshot(peer).cards.get('c2')?.text ?? ''}[new]`);
    const fresh = addCard(peer, { laneId: 'notes', phaseId: 'p1', text: 'from new' });
    linkCards(peer, 'c1', fresh);
    sync(oldClient, peer);

    const a = buildSnapshot(oldClient);
    expect(snapshotJson(a)).toEqual(snapshotJson(buildSnapshot(peer)));
    expect(a.cards.get('c1')?.votesBy).toEqual({ _imported: 0, ann: 2, bob: 1, new: 1, old: 2 });
    expect(a.cards.get('c1')?.links).toEqual([fresh]);
    expect(a.cards.get('c2')?.text).toBe('[old]line 1\nline 2[new]');
    expect(a.cards.get('e1')?.phaseId).toBe('p2');
    expect(a.cards.get('legacy2')?.text).toBe('from old');
    expect(a.cards.get(fresh)?.text).toBe('from new');
    expect(validateMap(exportMap(peer)).ok).toBe(true);
  });
});

describe('the compact card layout', () => {
  it('stores no nested types, no deleted flag and one place register per card', () => {
    const doc = createMapDoc(everyFieldMap());
    cardsRoot(doc).forEach((value, id) => {
      const c = value as EntityMap;
      expect(isLegacyCard(c)).toBe(false);
      expect(c.has('deleted')).toBe(false);
      expect(Array.isArray(c.get('place'))).toBe(true);
      for (const [key, v] of c.entries()) {
        if (v instanceof Y.AbstractType)
          expect([key, v instanceof Y.Text || key.startsWith('c:')]).toEqual([key, true]);
      }
      expect(id).toBeTruthy();
    });
    expect(keysOf(doc, 'k1')).toEqual(
      expect.arrayContaining(['k:direction', 'k:x-kpi', 'v:_imported', 'place', 'text']),
    );
  });

  it('a move writes one register: concurrent moves of a card end in a cell one mover chose', () => {
    const a = createMapDoc(everyFieldMap());
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // a changes only the phase, b only the lane: separate registers would mix them
    moveCard(a, 'e1', { laneId: 'emo', phaseId: 'p2' });
    moveCard(b, 'e1', { laneId: 'notes', phaseId: 'p1' });
    sync(a, b);
    const place = [
      buildSnapshot(a).cards.get('e1')?.laneId,
      buildSnapshot(a).cards.get('e1')?.phaseId,
    ];
    expect([
      ['emo', 'p2'],
      ['notes', 'p1'],
    ]).toContainEqual(place);
    expect(buildSnapshot(b).cards.get('e1')).toEqual(buildSnapshot(a).cards.get('e1'));
  });
});
