/**
 * Card fields and their rules: which lane type owns which field, required
 * fields (emotions need a score, KPI cards a kpi). The card's Y.Map: cardlayout.ts.
 */
import * as Y from 'yjs';
import { CARD_VALUE_KEYS } from '../model/formatKeys';
import { assertNever, laneTypeInfo } from '../model/laneTypes';
import type { Id, JsonValue, LaneType } from '../model/types';
import { checkFieldAllowed, checkProp, parts } from './checks';
import { invalid } from './errors';
import { cardPart, isCardDeleted } from './cardlayout';
import { cardsRoot, getEntity, lanesRoot, readString, type EntityMap } from './roots';

/** Editable card fields; `undefined` removes one. Lane-specific ones must fit the lane type. */
export interface CardPatch {
  tags?: readonly string[] | undefined;
  color?: string | undefined;
  channel?: string | undefined;
  ownerTeam?: string | undefined;
  score?: number | undefined;
  severity?: number | undefined;
  impact?: number | undefined;
  effort?: number | undefined;
}

/** The keys of a CardPatch (the card's plain-value fields of the schema), in the order they are checked. */
export const CARD_PATCH_KEYS = CARD_VALUE_KEYS;

/** Checks a card patch against the lane type and returns the writes to make. */
export function checkCardPatch(
  patch: CardPatch,
  laneType: LaneType,
): [string, JsonValue | undefined][] {
  const writes: [string, JsonValue | undefined][] = [];
  for (const key of Object.keys(patch)) {
    if (!(CARD_PATCH_KEYS as readonly string[]).includes(key))
      throw invalid(`"${key}" is not an editable card field`);
  }
  for (const key of CARD_PATCH_KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (key !== 'tags' && key !== 'color') checkFieldAllowed(key, laneType);
    if (value === undefined) {
      if (key === 'score') throw invalid('an emotion card needs a score');
      writes.push([key, undefined]);
      continue;
    }
    writes.push([key, checkProp(parts.card, key, value) as JsonValue]);
  }
  return writes;
}

/**
 * Cards that count against the format's card limit: every card not deleted,
 * also those in deleted phases or lanes, as restoring those brings them back.
 */
export function countLiveCards(doc: Y.Doc): number {
  let n = 0;
  cardsRoot(doc).forEach((card) => {
    if (card instanceof Y.Map && !isCardDeleted(card as EntityMap)) n++;
  });
  return n;
}

/** The type of a lane, if the lane exists. */
export function laneTypeOf(doc: Y.Doc, laneId: Id): LaneType | undefined {
  const lane = getEntity(lanesRoot(doc), laneId);
  return lane ? (readString(lane, 'type') as LaneType | undefined) : undefined;
}

/**
 * Give a card the fields its lane type requires (score 0 for emotions, a KPI
 * direction for KPI cards) when it enters such a lane without them.
 */
export function ensureRequiredFields(card: EntityMap, laneType: LaneType | undefined): void {
  const required = laneType && laneTypeInfo(laneType).required;
  switch (required) {
    case undefined:
      return;
    case 'score':
      if (typeof card.get('score') !== 'number') card.set('score', 0);
      return;
    case 'kpi': {
      const kpi = cardPart(card, 'kpi');
      if (kpi.get('direction') === undefined) kpi.set('direction', 'higherIsBetter');
      return;
    }
    default:
      assertNever(required);
  }
}
