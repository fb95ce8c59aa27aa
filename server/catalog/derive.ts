/** A stored room → its catalog row (null: the room holds no map). */
import * as Y from 'yjs';
import { exportMap, isMapDoc } from '../../src/doc';
import { catalogRowFromMap } from '../../src/model/catalogRow';
import type { CatalogRow } from '../../src/model/catalogRow';

export function rowFromUpdates(id: string, updates: readonly Uint8Array[]): CatalogRow | null {
  if (updates.length === 0) return null;
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const u of updates) Y.applyUpdate(doc, u);
    });
    if (!isMapDoc(doc)) return null;
    return { ...catalogRowFromMap(exportMap(doc)), id };
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}
