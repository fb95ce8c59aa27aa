/**
 * KPI commands. KPI fields are registers in the card's `kpi` collection; each
 * measurement is its own entry keyed by id in `measurements` (cardlayout.ts),
 * so two people adding measurements at once both keep theirs.
 */
import type * as Y from 'yjs';
import { newId } from '../model/ids';
import type { Id, JsonValue, Kpi, Measurement } from '../model/types';
import { checkKeys, checkProp, checkWith, parts } from './checks';
import { laneTypeOf } from './cardfields';
import { cardPart, isCardDeleted, readPlace } from './cardlayout';
import { mustGet, runCommand } from './command';
import { recordEdit } from './editRecords';
import { invalid, notFound, DocError } from './errors';
import {
  cardsRoot,
  canonicalJson,
  cloneJson,
  setField,
  writeExtensions,
  type EntityMap,
  type Fields,
} from './roots';
import { keyAt, sortOrdered, type Ordered } from './order';

/** KPI fields to change; `undefined` removes one (direction cannot be removed). */
export interface KpiPatch {
  unit?: string | undefined;
  direction?: Kpi['direction'] | undefined;
  baseline?: Measurement | undefined;
  target?: Kpi['target'] | undefined;
}

/** Validate a whole KPI (for addCard) with the format's KPI schema; returns a copy. */
export function checkKpi(kpi: Kpi): Kpi {
  return cloneJson(checkWith(parts.kpi, 'kpi', kpi));
}

/** A stored measurement entry: the format's fields plus its order key. */
export interface StoredMeasurement {
  readonly id: Id;
  readonly order: string;
  /** the measurement as in the format (without `order`) */
  readonly m: Record<string, JsonValue>;
}

/** Measurements of a card sorted by (date, order, id): the format wants them by date. */
export function sortedMeasurements(list: Fields): StoredMeasurement[] {
  const items: StoredMeasurement[] = [];
  list.forEach((value, id) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const { order, ...m } = value as Record<string, JsonValue>;
    items.push({ id, order: typeof order === 'string' ? order : '', m });
  });
  return items.sort((a, b) => {
    const da = String(a.m.date ?? '');
    const db = String(b.m.date ?? '');
    if (da !== db) return da < db ? -1 : 1;
    if (a.order !== b.order) return a.order < b.order ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * Make a card's KPI equal to `kpi` (used by addCard and import): registers set,
 * measurements matched by content, missing ones removed, new ones appended.
 */
export function writeKpi(card: EntityMap, kpi: Kpi): void {
  const map = cardPart(card, 'kpi');
  const list = cardPart(card, 'measurements');
  setField(map, 'unit', kpi.unit);
  setField(map, 'direction', kpi.direction);
  setField(map, 'baseline', kpi.baseline);
  setField(map, 'target', kpi.target);
  writeExtensions(map, kpi);
  const existing = sortedMeasurements(list);
  const unused = new Map(existing.map((e) => [e.id, canonicalJson(e.m)]));
  const fresh: JsonValue[] = [];
  for (const m of kpi.measurements ?? []) {
    const text = canonicalJson(m);
    const match = [...unused].find(([, have]) => have === text);
    if (match) unused.delete(match[0]);
    else fresh.push(m);
  }
  for (const id of unused.keys()) list.delete(id);
  const kept: Ordered[] = sortOrdered(
    existing.filter((e) => !unused.has(e.id)).map(({ id, order }) => ({ id, order })),
  );
  for (const m of fresh) {
    const entry = { id: newId(), order: keyAt(kept, undefined) };
    kept.push(entry);
    list.set(entry.id, { ...(m as Record<string, JsonValue>), order: entry.order });
  }
}

function kpiCard(doc: Y.Doc, cardId: Id): EntityMap {
  const card = mustGet(cardsRoot(doc), 'card', cardId);
  if (laneTypeOf(doc, readPlace(card).laneId ?? '') !== 'kpis') {
    throw invalid(`card "${cardId}" is not in a KPI lane`);
  }
  return card;
}

/** Change KPI registers (unit, direction, baseline, target) of a KPI card. */
export function setKpi(
  doc: Y.Doc,
  cardId: Id,
  patch: KpiPatch,
  { record = true }: { readonly record?: boolean } = {},
): void {
  const card = kpiCard(doc, cardId);
  checkKeys('a KPI edit', patch, ['unit', 'direction', 'baseline', 'target']);
  const writes: [string, JsonValue | undefined][] = [];
  for (const [key, value] of Object.entries(patch) as [keyof KpiPatch, unknown][]) {
    if (value === undefined) {
      if (key === 'direction') throw invalid('a KPI needs a direction');
      writes.push([key, undefined]);
    } else {
      writes.push([key, cloneJson(checkProp(parts.kpi, key, value, `kpi.${key}`) as JsonValue)]);
    }
  }
  const map = cardPart(card, 'kpi');
  runCommand(doc, () => {
    for (const [key, value] of writes) {
      setField(map, key, value);
      if (record) recordEdit(doc, cardId, `kpi.${key}`, value);
    }
  });
}

/** Record a measurement on a KPI card; returns its id. */
export function addMeasurement(doc: Y.Doc, cardId: Id, input: { value: number; date: string }): Id {
  const card = kpiCard(doc, cardId);
  const m = cloneJson(checkWith(parts.measurement, 'measurement', input)) as Record<
    string,
    JsonValue
  >;
  const list = cardPart(card, 'measurements');
  const id = newId();
  const order = keyAt(
    sortOrdered(sortedMeasurements(list).map((e) => ({ id: e.id, order: e.order }))),
    undefined,
  );
  runCommand(doc, () => list.set(id, { ...m, order }));
  return id;
}

/**
 * Remove a measurement by its position in date order (number) or by date
 * (string: every measurement of that date).
 */
export function removeMeasurement(doc: Y.Doc, cardId: Id, which: number | string): void {
  const card = kpiCard(doc, cardId);
  const list = cardPart(card, 'measurements');
  const sorted = sortedMeasurements(list);
  const ids =
    typeof which === 'number'
      ? sorted.filter((_e, i) => i === which).map((e) => e.id)
      : sorted.filter((e) => e.m.date === which).map((e) => e.id);
  if (ids.length === 0)
    throw new DocError('not-found', `no measurement ${String(which)} on card "${cardId}"`);
  runCommand(doc, () => {
    for (const id of ids) list.delete(id);
  });
}

/**
 * Record several measurements on KPI cards as ONE change (one undo step):
 * every item is checked first; one bad item (not a KPI card, bad measurement)
 * throws and nothing is written. Returns how many were added.
 */
export function addMeasurements(
  doc: Y.Doc,
  items: readonly { cardId: Id; value: number; date: string }[],
): number {
  const live = (cardId: Id): EntityMap => {
    const card = kpiCard(doc, cardId);
    if (isCardDeleted(card)) throw notFound('card', cardId);
    return card;
  };
  const checked = items.map(({ cardId, value, date }, i) => ({
    list: cardPart(live(cardId), 'measurements'),
    m: cloneJson(checkWith(parts.measurement, `items[${i}]`, { value, date })) as Record<
      string,
      JsonValue
    >,
  }));
  if (checked.length === 0) return 0;
  runCommand(doc, () => {
    for (const { list, m } of checked) {
      const order = keyAt(
        sortOrdered(sortedMeasurements(list).map((e) => ({ id: e.id, order: e.order }))),
        undefined,
      );
      list.set(newId(), { ...m, order });
    }
  });
  return checked.length;
}
