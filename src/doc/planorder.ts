/**
 * Order keys that make stored order follow a file's order with as few writes as
 * possible: entities already in the right relative order keep their keys, new
 * ones get keys between their neighbours; if the kept keys are out of order,
 * everything is re-keyed.
 */
import type { Id } from '../model/types';
import { compareOrdered } from '../model/ordering';
import { freshKeys, spreadKeys } from './order';

/** For ids in wanted order and their current keys, the keys to write (id -> key). */
export function planOrders(
  wanted: readonly Id[],
  current: ReadonlyMap<Id, string>,
): Map<Id, string> {
  const writes = new Map<Id, string>();
  const kept = wanted.filter((id) => current.has(id));
  let increasing = true;
  for (let i = 1; i < kept.length; i++) {
    const a = kept[i - 1] as Id;
    const b = kept[i] as Id;
    if (
      compareOrdered(
        { id: a, order: current.get(a) ?? '' },
        { id: b, order: current.get(b) ?? '' },
      ) >= 0
    ) {
      increasing = false;
      break;
    }
  }
  if (increasing) {
    let prev: string | null = null;
    let run: Id[] = [];
    const flush = (next: string | null): boolean => {
      if (run.length === 0) return true;
      if (prev !== null && next !== null && prev >= next) return false;
      spreadKeys(prev, next, run.length).forEach((key, i) => writes.set(run[i] as Id, key));
      run = [];
      return true;
    };
    let ok = true;
    for (const id of wanted) {
      const key = current.get(id);
      if (key === undefined || key === '') {
        run.push(id);
        continue;
      }
      if (!flush(key)) {
        ok = false;
        break;
      }
      prev = key;
    }
    if (ok && flush(null)) return writes;
    writes.clear();
  }
  freshKeys(wanted.length).forEach((key, i) => writes.set(wanted[i] as Id, key));
  return writes;
}
