/**
 * A card's Y.Map in its two layouts, and the accessors every reader and writer
 * goes through, so cards of both layouts open, edit and merge alike.
 *
 * Compact (every card created by this code): `text` (Y.Text), `place`
 * ([laneId, phaseId, order], one register), `deleted` (only once deleted),
 * the plain registers, and the card's collections as flat entries on the card
 * itself: `v:<voterId>`, `l:<link key>`, `c:<commentId>` (a Y.Map made together
 * with its entry), `k:<KPI field>`, `m:<measurementId>`. No shared type is
 * created inside a card except `text` (with the card) and a comment's Y.Map
 * (with its fresh id), so no two peers can ever create the same nested type.
 *
 * Legacy (cards stored before): `laneId`, `phaseId`, `order`, `deleted`, `text`
 * and five nested Y.Maps made with the card (`votes links comments kpi
 * measurements`). They stay as they are, and are read and written in place.
 *
 * A card's layout never changes: a legacy card is one holding the nested
 * `votes` Y.Map, which was made in the same transaction as the card and is never
 * removed, so every peer that has the card at all sees the same layout.
 */
import * as Y from 'yjs';
import type { Id, JsonValue } from '../model/types';
import { readString, setField, type EntityMap, type Fields } from './roots';

/** Keys both layouts share. */
export const CARD_KEYS = {
  /** Y.Text, created with the card */
  text: 'text',
  /** `true` once soft-deleted; absent or `false` = live */
  deleted: 'deleted',
  /** compact only: [laneId, phaseId, order] */
  place: 'place',
} as const;

/** Legacy-only keys (see the file comment). */
export const LEGACY_CARD_KEYS = {
  laneId: 'laneId',
  phaseId: 'phaseId',
  order: 'order',
} as const;

/** A card's keyed collections. */
export type CardPartName = 'votes' | 'links' | 'comments' | 'kpi' | 'measurements';

/** Key prefix of each collection's entries on a compact card. */
export const PART_PREFIX: Record<CardPartName, string> = {
  /** voterId -> count */
  votes: 'v:',
  /** link key (target id, `target␀n` for a repeat) -> order key */
  links: 'l:',
  /** commentId -> Y.Map(author, text, at, resolved, order, x-…) */
  comments: 'c:',
  /** unit, direction, baseline, target, x-… -> value */
  kpi: 'k:',
  /** measurementId -> JSON { value, date, order, x-… } */
  measurements: 'm:',
};

/** True for a card stored in the legacy layout (nested Y.Maps). */
export function isLegacyCard(card: EntityMap): boolean {
  return card.get('votes') instanceof Y.Map;
}

/**
 * The entries of one collection with the prefix taken off: a view of the
 * compact card's own Y.Map, so each entry is a register of the card and
 * concurrent writes of different entries merge like keys of a nested map.
 */
class PrefixedFields implements Fields {
  constructor(
    private readonly card: EntityMap,
    private readonly prefix: string,
  ) {}
  get(key: string): unknown {
    return this.card.get(this.prefix + key);
  }
  has(key: string): boolean {
    return this.card.has(this.prefix + key);
  }
  set(key: string, value: unknown): unknown {
    return this.card.set(this.prefix + key, value);
  }
  delete(key: string): void {
    this.card.delete(this.prefix + key);
  }
  keys(): string[] {
    const out: string[] = [];
    for (const key of this.card.keys())
      if (key.startsWith(this.prefix)) out.push(key.slice(this.prefix.length));
    return out;
  }
  forEach(fn: (value: unknown, key: string) => void): void {
    const n = this.prefix.length;
    this.card.forEach((value, key) => {
      if (key.startsWith(this.prefix)) fn(value, key.slice(n));
    });
  }
  get size(): number {
    return this.keys().length;
  }
}

/**
 * One collection of a card: the nested Y.Map of a legacy card, or the prefixed
 * entries of a compact one. Which one is decided by the nested map's presence,
 * which never changes (nested maps are only ever made with the card).
 */
export function cardPart(card: EntityMap, name: CardPartName): Fields {
  const nested = card.get(name);
  return nested instanceof Y.Map
    ? (nested as Y.Map<unknown>)
    : new PrefixedFields(card, PART_PREFIX[name]);
}

/** Where a card is stored (fields may be missing while updates are pending or after undo races). */
export interface StoredPlace {
  readonly laneId: Id | undefined;
  readonly phaseId: Id | undefined;
  readonly order: string | undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** The card's lane, phase and order key, in either layout. */
export function readPlace(card: EntityMap): StoredPlace {
  if (isLegacyCard(card)) {
    return {
      laneId: readString(card, LEGACY_CARD_KEYS.laneId),
      phaseId: readString(card, LEGACY_CARD_KEYS.phaseId),
      order: readString(card, LEGACY_CARD_KEYS.order),
    };
  }
  const place = card.get(CARD_KEYS.place);
  if (!Array.isArray(place)) return { laneId: undefined, phaseId: undefined, order: undefined };
  return { laneId: text(place[0]), phaseId: text(place[1]), order: text(place[2]) };
}

/**
 * Put the card in a cell at an order key. A compact card writes its place as
 * ONE register, so two concurrent moves of one card end in a cell one of the
 * movers chose, never in a mix of one's lane and the other's phase. Writes
 * nothing when the card is already there.
 */
export function writePlace(card: EntityMap, laneId: Id, phaseId: Id, order: string): void {
  if (isLegacyCard(card)) {
    setField(card, LEGACY_CARD_KEYS.laneId, laneId);
    setField(card, LEGACY_CARD_KEYS.phaseId, phaseId);
    setField(card, LEGACY_CARD_KEYS.order, order);
    return;
  }
  const place: JsonValue = [laneId, phaseId, order];
  setField(card, CARD_KEYS.place, place);
}

/** True when the card is soft-deleted. */
export function isCardDeleted(card: EntityMap): boolean {
  return card.get(CARD_KEYS.deleted) === true;
}

/**
 * Soft-delete or restore. A live card stores no flag; a restore writes `false`
 * (rather than removing the key) so a restore and a concurrent delete resolve
 * like any register: one of them wins, the same on every peer.
 */
export function setCardDeleted(card: EntityMap, deleted: boolean): void {
  if (isCardDeleted(card) !== deleted) card.set(CARD_KEYS.deleted, deleted);
}

/** A new compact card's Y.Map: its text and its place; nothing else until it is set. */
export function newCardMap(laneId: Id, phaseId: Id, order: string, body: string): EntityMap {
  const card = new Y.Map<unknown>();
  card.set(CARD_KEYS.place, [laneId, phaseId, order]);
  card.set(CARD_KEYS.text, new Y.Text(body));
  return card;
}
