/** Test helpers: a seeded small doc and quick views of it. */
import * as Y from 'yjs';
import type { CardView } from '../../model/snapshot';
import { cellKey } from '../../model/snapshot';
import type { Card, Id, JourneyMap } from '../../model/types';
import { buildSnapshot, createMapDoc, exportMap } from '../index';
import { smallMap } from './fixtures';

/** A new doc holding `smallMap()`. */
export function smallDoc(): Y.Doc {
  return createMapDoc(smallMap());
}

/** The exported card (format v1 view) by id. */
export function exportedCard(doc: Y.Doc, id: Id): Card | undefined {
  return exportMap(doc).cards.find((c) => c.id === id);
}

/** Card ids of one cell in order. */
export function cellIds(doc: Y.Doc, laneId: Id, phaseId: Id): Id[] {
  return (buildSnapshot(doc).cells.get(cellKey(laneId, phaseId)) ?? []).map((c: CardView) => c.id);
}

/** Two docs that start from the same state (as after a sync). */
export function twoPeers(): [Y.Doc, Y.Doc] {
  const a = smallDoc();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

/** A map without its `updatedAt` (and with `createdAt` too when `both`), to compare content. */
export function content(map: JourneyMap, both = false): Omit<JourneyMap, 'updatedAt'> {
  const { updatedAt: _u, ...rest } = map;
  if (!both) return rest;
  const { createdAt: _c, ...body } = rest;
  return body as Omit<JourneyMap, 'updatedAt'>;
}

/** Exchange everything both ways. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}
