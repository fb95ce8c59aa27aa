import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { cellKey } from '../model/snapshot';
import {
  addCard,
  buildSnapshot,
  castVote,
  createMapDoc,
  createSnapshotStore,
  deleteCards,
  deletePhase,
  moveCard,
  renameLane,
  setCardText,
  snapshotToMap,
  exportMap,
} from './index';
import { loadFixture } from './testing/fixtures';
import { smallDoc, sync, twoPeers } from './testing/docs';
import { snapshotJson } from './testing/fuzz';

describe('snapshot store', () => {
  it('keeps identity of everything a change did not touch', () => {
    const doc = createMapDoc(loadFixture('kfz-versicherung.journey.json'));
    const store = createSnapshotStore(doc);
    const s1 = store.getSnapshot();
    expect(store.getSnapshot()).toBe(s1);
    setCardText(doc, 'tp1', 'Vergleichsportal (neu)');
    const s2 = store.getSnapshot();
    expect(s2).not.toBe(s1);
    expect(s2.cards.get('tp1')?.text).toBe('Vergleichsportal (neu)');
    expect(s2.cards.get('tp1')).not.toBe(s1.cards.get('tp1'));
    for (const [id, card] of s1.cards) if (id !== 'tp1') expect(s2.cards.get(id)).toBe(card);
    expect(s2.phases).toBe(s1.phases);
    expect(s2.lanes).toBe(s1.lanes);
    expect(s2.actions).toBe(s1.actions);
    expect(s2.deletedCards).toBe(s1.deletedCards);
    const tpCell = cellKey('ln-touchpoints', 'ph1');
    expect(s2.cells.get(tpCell)).not.toBe(s1.cells.get(tpCell));
    for (const [key, list] of s1.cells) if (key !== tpCell) expect(s2.cells.get(key)).toBe(list);
  });

  it('a move touches only the two cells involved; a rename only lanes', () => {
    const doc = smallDoc();
    const store = createSnapshotStore(doc);
    const s1 = store.getSnapshot();
    moveCard(doc, 'c1', { laneId: 'notes', phaseId: 'p2' });
    const s2 = store.getSnapshot();
    expect(s2.cells.get(cellKey('notes', 'p2'))?.map((c) => c.id)).toEqual(['c1']);
    expect(s2.cells.get(cellKey('touch', 'p1'))?.map((c) => c.id)).toEqual(['c2']);
    expect(s2.cells.get(cellKey('emo', 'p1'))).toBe(s1.cells.get(cellKey('emo', 'p1')));
    expect(s2.cards.get('c2')).toBe(s1.cards.get('c2'));
    renameLane(doc, 'pain', 'Pains');
    const s3 = store.getSnapshot();
    expect(s3.lanes).not.toBe(s2.lanes);
    expect(s3.lanes.find((l) => l.id === 'touch')).toBe(s2.lanes.find((l) => l.id === 'touch'));
    expect(s3.cells).toBe(s2.cells);
    expect(s3.cards).toBe(s2.cards);
  });

  it('notifies once per transaction, also for remote updates, and follows them', () => {
    const [a, b] = twoPeers();
    const store = createSnapshotStore(a);
    let calls = 0;
    store.subscribe(() => calls++);
    castVote(a, 'c1', 'me');
    expect(calls).toBe(1);
    const id = addCard(b, { laneId: 'notes', phaseId: 'p1', text: 'remote' });
    deleteCards(b, ['c2']);
    deletePhase(b, 'p2');
    sync(a, b);
    expect(calls).toBe(2);
    // a transaction outside the map (the workshop root) does not notify
    a.transact(() => a.getMap('workshop').set('timer', 1));
    expect(calls).toBe(2);
    expect(store.getSnapshot().cards.get(id)?.text).toBe('remote');
    expect(snapshotJson(store.getSnapshot())).toBe(snapshotJson(buildSnapshot(a)));
    store.destroy();
    castVote(a, 'c1', 'me');
    expect(calls).toBe(2);
  });

  it('snapshotToMap equals exportMap', () => {
    const doc = createMapDoc(loadFixture('saas-onboarding.journey.json'));
    expect(snapshotToMap(createSnapshotStore(doc).getSnapshot())).toEqual(exportMap(doc));
  });

  it('works on an empty (unseeded) doc', () => {
    const store = createSnapshotStore(new Y.Doc());
    expect(store.getSnapshot().phases).toEqual([]);
    expect(store.getSnapshot().meta.id).toBe('');
  });

  it('shows one phase when concurrent deletes removed them all', () => {
    const [a, b] = twoPeers();
    deletePhase(a, 'p1');
    deletePhase(b, 'p2');
    sync(a, b);
    expect(buildSnapshot(a).phases.map((p) => p.id)).toEqual(
      buildSnapshot(b).phases.map((p) => p.id),
    );
    expect(buildSnapshot(a).phases).toHaveLength(1);
    expect(exportMap(a).phases).toHaveLength(1);
  });
});
