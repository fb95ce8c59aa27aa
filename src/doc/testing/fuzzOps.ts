/**
 * Random user commands for the convergence fuzz. Each op picks its targets from
 * the peer's own (possibly stale) snapshot, as a real user would, and records
 * what it did in the ledger. Commands may refuse (DocError); the fuzz counts
 * refusals per op so a test can insist that most calls really run.
 */
import type * as Y from 'yjs';
import type { CardView, MapSnapshot } from '../../model/snapshot';
import { CHANNELS } from '../../model/types';
import type { Id, JourneyMap, LaneType } from '../../model/types';
import * as doc from '../index';
import type { SnapshotStore, UndoController } from '../index';
import type { Ledger } from './ledger';
import type { Rng } from './prng';
import { mapOps } from './fuzzMapOps';
import { extraOps } from './fuzzExtraOps';

export interface Peer {
  readonly index: number;
  readonly doc: Y.Doc;
  readonly store: SnapshotStore;
  readonly undo: UndoController;
}

export interface Ctx {
  readonly peer: Peer;
  readonly s: MapSnapshot;
  readonly rng: Rng;
  readonly ledger: Ledger;
}

/** One kind of user action; `run` returns false when it found nothing to act on. */
export interface Op {
  readonly name: string;
  readonly weight: number;
  readonly run: (c: Ctx) => boolean | void;
}

/** How often each op ran, was refused (DocError) or found nothing to do. */
export type OpStats = Map<string, { ok: number; refused: number; skipped: number }>;

export const op = (name: string, weight: number, run: (c: Ctx) => boolean | void): Op => ({
  name,
  weight,
  run,
});

export const ids = <T extends { id: Id }>(items: Iterable<T>): Id[] => [...items].map((i) => i.id);
export const liveCards = (s: MapSnapshot): CardView[] => [...s.cards.values()];

export function laneTypeOf(s: MapSnapshot, laneId: Id): LaneType | undefined {
  return [...s.lanes, ...s.deletedLanes].find((l) => l.id === laneId)?.type;
}

export function fieldsFor(
  type: LaneType | undefined,
  rng: Rng,
): doc.CardPatch & { kpi?: { direction: 'higherIsBetter' | 'lowerIsBetter'; unit?: string } } {
  switch (type) {
    case 'touchpoints':
      return { channel: rng.pick(CHANNELS), ownerTeam: `team${rng.int(3)}` };
    case 'emotions':
      return { score: rng.int(7) - 3 };
    case 'painPoints':
      return { severity: 1 + rng.int(5) };
    case 'opportunities':
      return { impact: 1 + rng.int(5), effort: 1 + rng.int(5) };
    default:
      return {};
  }
}

export function cellSize(s: MapSnapshot, laneId: Id, phaseId: Id): number {
  return s.cells.get(`${laneId}\u0000${phaseId}`)?.length ?? 0;
}

export function pickCard(c: Ctx): CardView | undefined {
  return c.rng.pick(liveCards(c.s));
}

/** Remember where the moved cards are now in this peer's doc (what the move wrote). */
function wroteCells(c: Ctx, cardIds: readonly Id[]): void {
  for (const id of cardIds) c.ledger.wrote(c.peer.doc, 'card', id, ['laneId', 'phaseId', 'cell']);
}

function cardOps(): Op[] {
  return [
    op('addCard', 8, (c) => {
      const laneId = c.rng.pick(ids(c.s.lanes));
      const phaseId = c.rng.pick(ids(c.s.phases));
      if (!laneId || !phaseId) return false;
      const type = laneTypeOf(c.s, laneId);
      const text = c.ledger.token(c.peer.index);
      const extra =
        type === 'kpis' ? { kpi: { direction: 'lowerIsBetter' as const, unit: '%' } } : {};
      const id = doc.addCard(c.peer.doc, {
        laneId,
        phaseId,
        text,
        index: c.rng.int(cellSize(c.s, laneId, phaseId) + 1),
        ...fieldsFor(type, c.rng),
        ...extra,
      });
      c.ledger.addedCards.add(id);
      c.ledger.addToken(id, text);
    }),
    op('typeText', 8, (c) => {
      const card = pickCard(c);
      if (!card) return false;
      const token = c.ledger.token(c.peer.index);
      const old = card.text;
      const at = c.rng.int(old.length + 1);
      doc.setCardText(c.peer.doc, card.id, old.slice(0, at) + token + old.slice(at));
      c.ledger.addToken(card.id, token);
    }),
    op('cutText', 2, (c) => {
      const card = pickCard(c);
      if (!card) return false;
      const at = c.rng.int(card.text.length + 1);
      doc.setCardText(
        c.peer.doc,
        card.id,
        card.text.slice(0, at) + card.text.slice(at + 1 + c.rng.int(4)),
      );
      c.ledger.textReplaced.add(card.id);
    }),
    op('updateCard', 3, (c) => {
      const card = pickCard(c);
      if (!card) return false;
      const patch = {
        ...fieldsFor(laneTypeOf(c.s, card.laneId), c.rng),
        ...(c.rng.chance(0.3) ? { color: '#a0b0c0', tags: [`t${c.rng.int(5)}`] } : {}),
      };
      if (c.rng.chance(0.2)) Object.assign(patch, { color: undefined });
      doc.updateCard(c.peer.doc, card.id, patch);
      // score aside: a move into an emotions lane may default it
      const written = Object.keys(patch).filter((k) => k !== 'score');
      c.ledger.wrote(c.peer.doc, 'card', card.id, written);
    }),
    op('moveCard', 8, (c) => {
      const card = pickCard(c);
      const laneId = c.rng.pick(ids(c.s.lanes));
      const phaseId = c.rng.pick(ids(c.s.phases));
      if (!card || !laneId || !phaseId) return false;
      doc.moveCard(c.peer.doc, card.id, {
        laneId,
        phaseId,
        index: c.rng.int(cellSize(c.s, laneId, phaseId) + 1),
      });
      wroteCells(c, [card.id]);
    }),
    op('moveCards', 3, (c) => {
      const picked = [pickCard(c), pickCard(c), pickCard(c)].filter(
        (x): x is CardView => x !== undefined,
      );
      if (picked.length === 0) return false;
      const target = c.rng.chance(0.5)
        ? { laneId: c.rng.pick(ids(c.s.lanes)) }
        : { phaseId: c.rng.pick(ids(c.s.phases)), index: c.rng.int(3) };
      doc.moveCards(c.peer.doc, ids(picked), target);
      wroteCells(c, ids(picked));
    }),
    op('deleteCard', 3, (c) => {
      const card = pickCard(c);
      if (!card) return false;
      doc.deleteCards(c.peer.doc, [card.id]);
      c.ledger.deletedCards.add(card.id);
    }),
    op('restoreCard', 2, (c) => {
      const card = c.rng.pick(c.s.deletedCards);
      if (!card) return false;
      doc.restoreCard(c.peer.doc, card.id);
    }),
    op('duplicateCard', 2, (c) => {
      const card = pickCard(c);
      if (!card) return false;
      const id = doc.duplicateCard(c.peer.doc, card.id);
      c.ledger.addedCards.add(id);
      c.ledger.addToken(id, card.text);
    }),
  ];
}

/**
 * The ops with their weights. `withUndo` adds undo/redo and version restores
 * (the ledger is then not checked: both legitimately take edits back).
 */
export function makeOps(withUndo: boolean): Op[] {
  const ops: Op[] = [...cardOps(), ...mapOps(), ...extraOps()];
  if (withUndo) {
    // "Restore version": remember an export now, make the doc equal to it later
    // (replaceMapContent), while others keep editing.
    const versions = new WeakMap<Y.Doc, JourneyMap>();
    ops.push(
      op('undo', 6, (c) => void c.peer.undo.undo()),
      op('redo', 3, (c) => void c.peer.undo.redo()),
      op('restoreVersion', 2, (c) => {
        const saved = versions.get(c.peer.doc);
        if (saved && c.rng.chance(0.5)) doc.replaceMapContent(c.peer.doc, saved);
        else versions.set(c.peer.doc, doc.exportMap(c.peer.doc));
      }),
    );
  }
  return ops;
}

/** Run one random op as peer `peer`; DocErrors (refusals) are expected and counted. */
export function runRandomOp(
  ops: readonly Op[],
  peer: Peer,
  rng: Rng,
  ledger: Ledger,
  stats?: OpStats,
): void {
  const total = ops.reduce((sum, o) => sum + o.weight, 0);
  let roll = rng.next() * total;
  for (const o of ops) {
    roll -= o.weight;
    if (roll >= 0) continue;
    let outcome: 'ok' | 'refused' | 'skipped' = 'ok';
    try {
      if (o.run({ peer, s: peer.store.getSnapshot(), rng, ledger }) === false) outcome = 'skipped';
    } catch (error) {
      if (!(error instanceof doc.DocError)) throw error;
      outcome = 'refused';
    }
    if (stats) {
      const entry = stats.get(o.name) ?? { ok: 0, refused: 0, skipped: 0 };
      entry[outcome] += 1;
      stats.set(o.name, entry);
    }
    return;
  }
}
