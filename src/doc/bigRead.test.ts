// The 2,000-card benchmark map read the way a first visit reads it (issue 18): the
// relay's whole-map update applied to an empty doc, then the first snapshot built in
// one go (views.ts reads each card's entries once, cardEntries.ts). The snapshot must
// hold every card exactly as the file had it, and later remote edits of a card's
// collections must reach that card's view and leave every other view as it was.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { bigMap } from '../../bench/fixtures/bigMap';
import {
  addComment,
  castVote,
  createMapDoc,
  createSnapshotStore,
  exportMap,
  linkCards,
  setKpi,
  snapshotToMap,
} from './index';
import { sync } from './testing/docs';

describe('the big map through the first-visit read path', () => {
  const map = bigMap({});
  const source = createMapDoc(map);

  it('the first snapshot holds all 2,000 cards exactly as the file had them', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), 'relay');
    const store = createSnapshotStore(doc);
    const snapshot = store.getSnapshot();
    expect(snapshot.cards.size).toBe(2000);
    expect(snapshotToMap(snapshot)).toEqual(exportMap(source));
    expect(snapshotToMap(snapshot).cards).toEqual(map.cards);
    store.destroy();
  });

  it('a remote edit of a card’s votes, comments, links or KPI reaches that card only', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), 'relay');
    const store = createSnapshotStore(doc);
    const before = store.getSnapshot();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const kpiCard = map.cards.find((c) => c.kpi)!;
    const [a, b] = map.cards.filter((c) => c.id !== kpiCard.id);
    castVote(peer, a!.id, 'zoe', 3);
    addComment(peer, a!.id, { author: 'Zoë', text: 'Warum?', at: '2026-12-06T20:00:00Z' });
    linkCards(peer, a!.id, b!.id);
    setKpi(peer, kpiCard.id, { unit: 'Tage' });
    sync(peer, doc);
    const after = store.getSnapshot();
    const edited = after.cards.get(a!.id)!;
    expect(edited.votesBy.zoe).toBe(3);
    expect(edited.comments.at(-1)).toMatchObject({ author: 'Zoë', text: 'Warum?' });
    expect(edited.links).toContain(b!.id);
    expect(after.cards.get(kpiCard.id)!.kpi?.unit).toBe('Tage');
    expect(snapshotToMap(after)).toEqual(exportMap(peer));
    // every card nobody touched keeps its view object
    for (const [id, view] of before.cards)
      if (id !== a!.id && id !== kpiCard.id) expect(after.cards.get(id)).toBe(view);
    store.destroy();
  });
});
