/** Card commands: add, text, fields, duplicate, delete, restore. Moves live in cardmove.ts. */
import type * as Y from 'yjs';
import { newId } from '../model/ids';
import type { Id, Kpi } from '../model/types';
import { checkId, checkKeys, checkProp, checkRoom, parts } from './checks';
import {
  CARD_PATCH_KEYS,
  checkCardPatch,
  countLiveCards,
  ensureRequiredFields,
  laneTypeOf,
  type CardPatch,
} from './cardfields';
import {
  CARD_KEYS,
  cardPart,
  isCardDeleted,
  newCardMap,
  readPlace,
  setCardDeleted,
  type CardPartName,
} from './cardlayout';
import { cellSorted } from './cells';
import { mustBeMap, mustGet, runCommand } from './command';
import { invalid } from './errors';
import { checkKpi, writeKpi } from './kpi';
import {
  cardsRoot,
  lanesRoot,
  phasesRoot,
  readExtensions,
  readJson,
  readText,
  setField,
  type EntityMap,
} from './roots';
import { keyAt } from './order';
import { recordEdit } from './editRecords';
import { checkIndex, checkMovable } from './structure';
import { applyTextDiff } from './text';

/** Input of addCard; `index` is the position in the cell (end when omitted). */
export interface NewCard extends CardPatch {
  readonly laneId: Id;
  readonly phaseId: Id;
  readonly index?: number;
  readonly text?: string;
  readonly kpi?: Kpi;
  readonly id?: Id;
}

/** Add a card to a live cell and return its id. Lane-specific fields must fit the lane. */
export function addCard(doc: Y.Doc, input: NewCard): Id {
  mustBeMap(doc);
  checkKeys('a new card', input, [
    ...CARD_PATCH_KEYS,
    'laneId',
    'phaseId',
    'index',
    'text',
    'kpi',
    'id',
  ]);
  checkMovable(phasesRoot(doc), 'phase', input.phaseId);
  const laneType = laneTypeOf(doc, input.laneId);
  if (laneType === undefined) throw invalid(`lane "${input.laneId}" does not exist`);
  checkMovable(lanesRoot(doc), 'lane', input.laneId);
  const { laneId, phaseId, index, text, kpi, id: givenId, ...fields } = input;
  const writes = checkCardPatch(fields, laneType);
  if (kpi !== undefined && laneType !== 'kpis')
    throw invalid(`kpi belongs to kpis lanes, not ${laneType}`);
  const checkedKpi = kpi === undefined ? undefined : checkKpi(kpi);
  const body = text === undefined ? '' : checkProp(parts.card, 'text', text);
  const id = givenId === undefined ? newId() : checkId('card id', givenId);
  const root = cardsRoot(doc);
  if (root.has(id)) throw invalid(`card "${id}" already exists`);
  checkRoom('cards', countLiveCards(doc));
  const at = index === undefined ? undefined : checkIndex(index);
  return runCommand(doc, () => {
    const card = newCardMap(laneId, phaseId, keyAt(cellSorted(doc, laneId, phaseId), at), body);
    root.set(id, card);
    for (const [key, value] of writes) setField(card, key, value);
    if (checkedKpi) writeKpi(card, checkedKpi);
    ensureRequiredFields(card, laneType);
    return id;
  });
}

/**
 * Replace a card's text with a minimal edit, so concurrent typing merges. The
 * edit is recorded for offline-conflict detection unless `record` is false: a
 * typing session writes every few keys unrecorded and records once at its end
 * (`recordCardText`), so people typing in one card together online are no conflict.
 */
export function setCardText(
  doc: Y.Doc,
  id: Id,
  text: string,
  { record = true }: { readonly record?: boolean } = {},
): void {
  const card = mustGet(cardsRoot(doc), 'card', id);
  const body = checkProp(parts.card, 'text', text);
  const ytext = readText(card, CARD_KEYS.text);
  if (!ytext) throw invalid(`card "${id}" has no text`);
  if (ytext.toString() === body) return;
  runCommand(doc, () => {
    applyTextDiff(ytext, body);
    if (record) recordEdit(doc, id, 'text', body);
  });
}

/** Record the card's current text as this user's edit (the end of a typing session). */
export function recordCardText(doc: Y.Doc, id: Id): void {
  const card = mustGet(cardsRoot(doc), 'card', id);
  const text = readText(card, CARD_KEYS.text)?.toString() ?? '';
  runCommand(doc, () => recordEdit(doc, id, 'text', text));
}

/** Change card fields (tags, color, channel, ownerTeam, score, severity, impact, effort); `undefined` removes. */
export function updateCard(
  doc: Y.Doc,
  id: Id,
  patch: CardPatch,
  { record = true }: { readonly record?: boolean } = {},
): void {
  const card = mustGet(cardsRoot(doc), 'card', id);
  const laneType = laneTypeOf(doc, readPlace(card).laneId ?? '');
  if (laneType === undefined) throw invalid(`card "${id}" is in no lane`);
  const writes = checkCardPatch(patch, laneType);
  runCommand(doc, () => {
    for (const [key, value] of writes) {
      setField(card, key, value);
      if (record) recordEdit(doc, id, key, value);
    }
  });
}

/**
 * Patch several cards as ONE command (one undo step): a colour or tag given to a
 * multi-selection. Every patch is checked first; one refusal writes nothing.
 */
export function updateCards(doc: Y.Doc, patches: ReadonlyMap<Id, CardPatch>): void {
  const planned = [...patches].map(([id, patch]) => {
    const card = mustGet(cardsRoot(doc), 'card', id);
    const laneType = laneTypeOf(doc, readPlace(card).laneId ?? '');
    if (laneType === undefined) throw invalid(`card "${id}" is in no lane`);
    return { id, card, writes: checkCardPatch(patch, laneType) };
  });
  if (planned.length === 0) return;
  runCommand(doc, () => {
    for (const { id, card, writes } of planned)
      for (const [key, value] of writes) {
        setField(card, key, value);
        recordEdit(doc, id, key, value);
      }
  });
}

/** Copy a card (text, fields, KPI, links; not votes or comments) right after it; returns the copy's id. */
export function duplicateCard(doc: Y.Doc, id: Id): Id {
  const source = mustGet(cardsRoot(doc), 'card', id);
  const { laneId, phaseId } = readPlace(source);
  if (laneId === undefined || phaseId === undefined) throw invalid(`card "${id}" is still syncing`);
  checkRoom('cards', countLiveCards(doc));
  const copyId = newId();
  return runCommand(doc, () => {
    const cell = cellSorted(doc, laneId, phaseId);
    const at = cell.findIndex((c) => c.id === id);
    const text = readText(source, CARD_KEYS.text)?.toString() ?? '';
    const copy = newCardMap(laneId, phaseId, keyAt(cell, at < 0 ? undefined : at + 1), text);
    cardsRoot(doc).set(copyId, copy);
    for (const key of CARD_PATCH_KEYS) setField(copy, key, readJson(source, key));
    for (const [key, value] of Object.entries(readExtensions(source))) setField(copy, key, value);
    for (const part of COPIED_PARTS) copyPart(source, copy, part);
    return copyId;
  });
}

const COPIED_PARTS: readonly CardPartName[] = ['kpi', 'measurements', 'links'];

/** Copies one collection (a legacy source's copy is compact like every new card). */
function copyPart(from: EntityMap, to: EntityMap, name: CardPartName): void {
  const source = cardPart(from, name);
  const target = cardPart(to, name);
  source.forEach((_value, k) => setField(target, k, readJson(source, k)));
}

/** Soft-delete cards (one undo step); unknown ids refuse the whole command. */
export function deleteCards(doc: Y.Doc, ids: readonly Id[]): void {
  const root = cardsRoot(doc);
  const cards = ids.map((id) => mustGet(root, 'card', id));
  if (cards.every(isCardDeleted)) return;
  runCommand(doc, () => {
    for (const card of cards) setCardDeleted(card, true);
  });
}

/** Bring a soft-deleted card back where it was. */
export function restoreCard(doc: Y.Doc, id: Id): void {
  const card = mustGet(cardsRoot(doc), 'card', id);
  if (!isCardDeleted(card)) return;
  checkRoom('cards', countLiveCards(doc));
  runCommand(doc, () => setCardDeleted(card, false));
}
