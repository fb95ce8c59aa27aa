/** A stored room → its catalog row (null: the room holds neither a map nor a maturity check). */
import * as Y from 'yjs';
import {
  exportMap,
  isMapDoc,
  isMaturityDoc,
  maturitySnapshot,
  maturityUpdatedAt,
} from '../../src/doc';
import { catalogRowFromCheck, catalogRowFromMap } from '../../src/model/catalogRow';
import type { CatalogRow } from '../../src/model/catalogRow';

export function rowFromUpdates(id: string, updates: readonly Uint8Array[]): CatalogRow | null {
  if (updates.length === 0) return null;
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const u of updates) Y.applyUpdate(doc, u);
    });
    if (isMaturityDoc(doc)) {
      const check = maturitySnapshot(doc)!;
      return { ...catalogRowFromCheck({ ...check, updatedAt: maturityUpdatedAt(doc) }), id };
    }
    if (!isMapDoc(doc)) return null;
    return { ...catalogRowFromMap(exportMap(doc)), id };
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}
