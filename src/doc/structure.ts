/**
 * What phases and lanes share: an ordered, soft-deletable entity in a root map.
 * Soft delete keeps the entity (and the cards that point at it), so a card that
 * someone adds concurrently into a deleted phase is not lost and returns on restore.
 */
import type * as Y from 'yjs';
import type { Id } from '../model/types';
import { mustGet } from './command';
import { invalid } from './errors';
import { readString, type EntityMap } from './roots';
import { keyAt, sortOrdered, type Ordered } from './order';

/** Live (not deleted) entities of a root, sorted by (order, id), optionally without one id. */
export function liveSorted(root: Y.Map<unknown>, without?: Id): Ordered[] {
  const items: Ordered[] = [];
  root.forEach((value, id) => {
    if (id === without) return;
    const entity = value as EntityMap;
    if (entity.get('deleted') === true) return;
    items.push({ id, order: readString(entity, 'order') ?? '' });
  });
  return sortOrdered(items);
}

/** The key that puts an entity at `index` among the live ones. */
export function orderForIndex(
  root: Y.Map<unknown>,
  index: number | undefined,
  without?: Id,
): string {
  return keyAt(liveSorted(root, without), index);
}

/** Validate and return a move target; throws for unknown or deleted entities. */
export function checkMovable(root: Y.Map<unknown>, kind: string, id: Id): EntityMap {
  const entity = mustGet(root, kind, id);
  if (entity.get('deleted') === true) throw invalid(`${kind} "${id}" is deleted`);
  return entity;
}

/** Throws unless `index` is a finite number. */
export function checkIndex(index: unknown): number {
  if (typeof index !== 'number' || !Number.isFinite(index)) throw invalid('index must be a number');
  return index;
}
