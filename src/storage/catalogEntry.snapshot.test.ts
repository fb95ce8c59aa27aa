import { describe, expect, it } from 'vitest';
import {
  buildSnapshot,
  createMapDoc,
  deleteCards,
  deleteLane,
  setCardText,
  snapshotToMap,
} from '../doc';
import kfz from '../model/fixtures/kfz-versicherung.journey.json';
import type { JourneyMap } from '../model/types';
import { entryFromMap, entryFromSnapshot } from './catalogEntry';

/** The row with its search text as a sorted list of lines (the order of card texts is free). */
function normal(entry: ReturnType<typeof entryFromMap>) {
  return { ...entry, searchText: entry.searchText.split('\n').sort() };
}

describe('entryFromSnapshot', () => {
  it('is the row entryFromMap derives from the same map, without building the map', () => {
    const map = kfz as unknown as JourneyMap;
    const doc = createMapDoc(map);
    const fresh = buildSnapshot(doc);
    expect(normal(entryFromSnapshot(fresh))).toEqual(normal(entryFromMap(snapshotToMap(fresh))));
    expect(entryFromSnapshot(fresh).cardCount).toBe(map.cards.length);
  });

  it('counts and searches only live cards: deleted cards and cards of a deleted lane are out', () => {
    const map = kfz as unknown as JourneyMap;
    const doc = createMapDoc(map);
    const [first, second] = map.cards;
    setCardText(doc, first!.id, 'Ein ganz NEUER Text');
    deleteCards(doc, [second!.id]);
    const lane = map.lanes.find((l) => l.id !== first!.laneId && l.id !== second!.laneId)!;
    deleteLane(doc, lane.id);
    const after = buildSnapshot(doc);
    const row = entryFromSnapshot(after);
    expect(normal(row)).toEqual(normal(entryFromMap(snapshotToMap(after))));
    const inLane = map.cards.filter((c) => c.laneId === lane.id).length;
    expect(row.cardCount).toBe(map.cards.length - 1 - inLane);
    expect(row.searchText).toContain('ein ganz neuer text');
    expect(row.searchText).not.toContain(second!.text.toLowerCase());
  });
});
