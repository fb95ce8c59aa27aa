/**
 * Offline conflicts: card fields two or more people changed while apart, read
 * from the edit records alone (editRecords.ts), the same on every peer; and the
 * command that resolves one (keep the merge, or take one side's version).
 */
import type * as Y from 'yjs';
import type { Id, JsonValue } from '../model/types';
import { docAuthor } from './author';
import { CARD_PATCH_KEYS } from './cardfields';
import { CARD_KEYS, cardPart } from './cardlayout';
import { mustGet, runCommand } from './command';
import {
  archiveKey,
  fieldRecords,
  heads,
  parseKey,
  recordEdit,
  recordIndex,
  type KeyedRecord,
} from './editRecords';
import { invalid } from './errors';
import {
  canonicalJson,
  cardsRoot,
  editsRoot,
  readJson,
  readText,
  setField,
  type EntityMap,
} from './roots';
import { applyTextDiff } from './text';

/** KPI fields, recorded as `kpi.<name>`. */
export const KPI_FIELDS = ['unit', 'direction', 'baseline', 'target'] as const;

/** A card field whose writes are recorded: the text, a plain register, or a KPI field. */
export type ConflictField =
  'text' | (typeof CARD_PATCH_KEYS)[number] | `kpi.${(typeof KPI_FIELDS)[number]}`;

const FIELDS: ReadonlySet<string> = new Set<string>([
  'text',
  ...CARD_PATCH_KEYS,
  ...KPI_FIELDS.map((f) => `kpi.${f}`),
]);

/** One writer's version of a conflicted field. */
export interface ConflictSide {
  readonly userId: string;
  /** display name when they wrote (may be empty: the UI says "someone") */
  readonly name: string;
  /** their value (text: the whole text as they left it); null = they removed it */
  readonly value: JsonValue;
}

/** A card field changed by two or more people who had not seen each other's change. */
export interface FieldConflict {
  readonly cardId: Id;
  readonly field: ConflictField;
  /** sorted by user id, the same on every peer */
  readonly sides: readonly ConflictSide[];
}

/** How to resolve: keep the merged value as it is, or take one writer's version. */
export type ConflictChoice = { readonly keep: 'merge' } | { readonly take: string };

const sideOf = (r: KeyedRecord): ConflictSide => ({ userId: r.userId, name: r.n, value: r.v });

/** The open conflict of one field, if any. */
export function fieldConflict(
  doc: Y.Doc,
  cardId: Id,
  field: ConflictField,
): FieldConflict | undefined {
  const top = heads(fieldRecords(doc, cardId, field));
  // people who wrote the same value apart agree: nothing to resolve
  const values = new Set(top.map((r) => canonicalJson(r.v)));
  return values.size >= 2 ? { cardId, field, sides: top.map(sideOf) } : undefined;
}

/** Every open conflict of the map, sorted by card id and field (deleted cards included). */
export function openConflicts(doc: Y.Doc): FieldConflict[] {
  const out: FieldConflict[] = [];
  for (const prefix of [...recordIndex(doc).keys()].sort()) {
    const parsed = parseKey(prefix);
    if (!parsed || !FIELDS.has(parsed.field)) continue;
    const found = fieldConflict(doc, parsed.cardId, parsed.field as ConflictField);
    if (found) out.push(found);
  }
  return out;
}

/** The current (merged) value of a recorded field. */
export function readField(card: EntityMap, field: ConflictField): JsonValue {
  if (field === 'text') return readText(card, CARD_KEYS.text)?.toString() ?? '';
  if (field.startsWith('kpi.')) return readJson(cardPart(card, 'kpi'), field.slice(4)) ?? null;
  return readJson(card, field) ?? null;
}

function writeField(card: EntityMap, field: ConflictField, value: JsonValue): void {
  if (field === 'text') {
    const text = readText(card, CARD_KEYS.text);
    if (text) applyTextDiff(text, typeof value === 'string' ? value : '');
  } else if (field.startsWith('kpi.')) {
    setField(cardPart(card, 'kpi'), field.slice(4), value ?? undefined);
  } else {
    setField(card, field, value ?? undefined);
  }
}

/**
 * Record a field's current value as this user's edit: the end of a typing session
 * whose writes (every few keys, `record: false`) were not recorded one by one.
 */
export function recordCardField(doc: Y.Doc, cardId: Id, field: ConflictField): void {
  const card = mustGet(cardsRoot(doc), 'card', cardId);
  if (!FIELDS.has(field)) throw invalid(`"${field}" is not a recorded card field`);
  runCommand(doc, () => recordEdit(doc, cardId, field, readField(card, field)));
}

/**
 * Resolve an open conflict for everyone: ONE command (one undo step, synced).
 * The field gets the chosen value; the sides' values stay in an archive entry of
 * the edits root, so nothing either side wrote is lost.
 */
export function resolveConflict(
  doc: Y.Doc,
  cardId: Id,
  field: ConflictField,
  choice: ConflictChoice,
): void {
  const card = mustGet(cardsRoot(doc), 'card', cardId);
  const conflict = fieldConflict(doc, cardId, field);
  if (!conflict) throw invalid(`${field} of card "${cardId}" has no open conflict`);
  let value: JsonValue;
  if ('take' in choice) {
    const side = conflict.sides.find((s) => s.userId === choice.take);
    if (!side) throw invalid(`nobody with id "${choice.take}" is a side of this conflict`);
    value = side.value;
  } else {
    value = readField(card, field);
  }
  runCommand(doc, () => {
    editsRoot(doc).set(archiveKey(cardId, field, doc), {
      n: docAuthor(doc).name,
      at: new Date().toISOString(),
      merged: readField(card, field),
      chosen: 'take' in choice ? choice.take : 'merge',
      sides: conflict.sides.map((s) => ({ u: s.userId, n: s.name, v: s.value })),
    });
    writeField(card, field, value);
    recordEdit(doc, cardId, field, value, true);
  });
}

/** Resolved conflicts of one card, newest last: who resolved and every side's value. */
export function resolvedConflicts(
  doc: Y.Doc,
  cardId: Id,
): { field: string; sides: ConflictSide[]; merged: JsonValue; chosen: string }[] {
  const root = editsRoot(doc);
  const out: {
    field: string;
    sides: ConflictSide[];
    merged: JsonValue;
    chosen: string;
    at: string;
  }[] = [];
  for (const [prefix, keys] of recordIndex(doc)) {
    const parsed = parseKey(prefix);
    if (!parsed || parsed.cardId !== cardId) continue;
    for (const key of keys) {
      const entry = root.get(key) as Record<string, unknown> | undefined;
      if (!parseKey(key)?.archive || !entry || !Array.isArray(entry.sides)) continue;
      const sides = (entry.sides as { u: string; n: string; v: JsonValue }[]).map((s) => ({
        userId: s.u,
        name: s.n,
        value: s.v,
      }));
      out.push({
        field: parsed.field,
        sides,
        merged: (entry.merged ?? null) as JsonValue,
        chosen: String(entry.chosen),
        at: String(entry.at),
      });
    }
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : 1)).map(({ at: _at, ...rest }) => rest);
}
