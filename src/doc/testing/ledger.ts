/**
 * What the fuzz peers did, for the "no edit lost" checks: everything added must
 * survive unless that very thing was deleted (or cleared) by someone, nothing
 * may be deleted that nobody deleted, and every edited field must end with a
 * value some peer wrote (last writer wins picks one; it must not invent one or
 * fall back to the value before the edits).
 */
import type * as Y from 'yjs';
import type { Id } from '../../model/types';
import { isLegacyCard, readPlace } from '../cardlayout';
import {
  actionsRoot,
  cardsRoot,
  getEntity,
  lanesRoot,
  metaMap,
  phasesRoot,
  readJson,
} from '../roots';

/** An entity kind whose plain fields the ledger follows. */
export type FieldKind = 'meta' | 'phase' | 'lane' | 'card' | 'action';

const ROOTS: Record<Exclude<FieldKind, 'meta'>, (doc: Y.Doc) => Y.Map<unknown>> = {
  phase: phasesRoot,
  lane: lanesRoot,
  card: cardsRoot,
  action: actionsRoot,
};

/**
 * A stored plain field as JSON text (`undefined` when absent, `missing` without
 * the entity). A card's `laneId` and `phaseId` are read from its place, in
 * either card layout; its `cell` is both at once, which a compact card stores as
 * one register (a legacy card's separate registers may mix two moves).
 */
export function storedField(doc: Y.Doc, kind: FieldKind, id: Id, field: string): string {
  const holder = kind === 'meta' ? metaMap(doc) : getEntity(ROOTS[kind](doc), id);
  if (!holder) return 'missing';
  if (kind === 'card' && (field === 'laneId' || field === 'phaseId'))
    return JSON.stringify(readPlace(holder)[field]) ?? 'undefined';
  if (kind === 'card' && field === 'cell') {
    const { laneId, phaseId } = readPlace(holder);
    return isLegacyCard(holder) ? 'legacy' : JSON.stringify([laneId, phaseId]);
  }
  return JSON.stringify(readJson(holder, field)) ?? 'undefined';
}

export class Ledger {
  readonly addedCards = new Set<Id>();
  readonly deletedCards = new Set<Id>();
  readonly addedPhases = new Set<Id>();
  readonly deletedPhases = new Set<Id>();
  readonly addedLanes = new Set<Id>();
  readonly deletedLanes = new Set<Id>();
  readonly addedActions = new Set<Id>();
  readonly deletedActions = new Set<Id>();
  /** tokens typed into a card's text (only inserts), by card */
  readonly tokens = new Map<Id, string[]>();
  /** cards whose text someone replaced or cut (tokens may be gone) */
  readonly textReplaced = new Set<Id>();
  /** last count each voter saw after their own vote: `${card}\u0000${voter}` */
  readonly votes = new Map<string, number>();
  readonly clearedVotes = new Set<Id>();
  /** comment id -> card id */
  readonly comments = new Map<Id, Id>();
  readonly deletedComments = new Set<Id>();
  /** measurement id -> card id */
  readonly measurements = new Map<Id, Id>();
  readonly measurementRemovedOn = new Set<Id>();
  /** `${kind}\u0000${id}\u0000${field}` -> every value (JSON) a peer wrote there */
  readonly fields = new Map<string, Set<string>>();
  private counter = 0;

  /** A text token unique in the run, made of characters no other text uses. */
  token(peer: number): string {
    this.counter += 1;
    return `<${peer}.${this.counter}>`;
  }

  addToken(cardId: Id, token: string): void {
    this.tokens.set(cardId, [...(this.tokens.get(cardId) ?? []), token]);
  }

  /** After a command wrote `fields` of one entity: remember the values it left in the peer's doc. */
  wrote(doc: Y.Doc, kind: FieldKind, id: Id, fields: readonly string[]): void {
    for (const field of fields) {
      const key = `${kind}\u0000${id}\u0000${field}`;
      let values = this.fields.get(key);
      if (!values) this.fields.set(key, (values = new Set()));
      values.add(storedField(doc, kind, id, field));
    }
  }
}

/** True when `needle`'s characters appear in `hay` in order (inserts only ever interleave). */
export function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) {
    if (ch === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return needle.length === 0;
}
