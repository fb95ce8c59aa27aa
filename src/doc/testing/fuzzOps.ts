/**
 * Random user commands for the convergence fuzz. Each op picks its targets from
 * the peer's own (possibly stale) snapshot, as a real user would, and records
 * what it did in the ledger. Commands may refuse (DocError) — that is fine.
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

/**
 * The ops with their weights. `withUndo` adds undo/redo and version restores
 * (the ledger is then not checked: both legitimately take edits back).
 */
export function makeOps(withUndo: boolean): [number, (c: Ctx) => void][] {
  const ops: [number, (c: Ctx) => void][] = [
    [
      8,
      (c) => {
        const laneId = c.rng.pick(ids(c.s.lanes));
        const phaseId = c.rng.pick(ids(c.s.phases));
        if (!laneId || !phaseId) return;
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
      },
    ],
    [
      8,
      (c) => {
        const card = pickCard(c);
        if (!card) return;
        const token = c.ledger.token(c.peer.index);
        const old = card.text;
        const at = c.rng.int(old.length + 1);
        doc.setCardText(c.peer.doc, card.id, old.slice(0, at) + token + old.slice(at));
        c.ledger.addToken(card.id, token);
      },
    ],
    [
      2,
      (c) => {
        const card = pickCard(c);
        if (!card) return;
        const at = c.rng.int(card.text.length + 1);
        doc.setCardText(
          c.peer.doc,
          card.id,
          card.text.slice(0, at) + card.text.slice(at + 1 + c.rng.int(4)),
        );
        c.ledger.textReplaced.add(card.id);
      },
    ],
    [
      3,
      (c) => {
        const card = pickCard(c);
        if (!card) return;
        const patch = {
          ...fieldsFor(laneTypeOf(c.s, card.laneId), c.rng),
          ...(c.rng.chance(0.3) ? { color: '#a0b0c0', tags: [`t${c.rng.int(5)}`] } : {}),
        };
        if (c.rng.chance(0.2)) Object.assign(patch, { color: undefined });
        doc.updateCard(c.peer.doc, card.id, patch);
      },
    ],
    [
      8,
      (c) => {
        const card = pickCard(c);
        const laneId = c.rng.pick(ids(c.s.lanes));
        const phaseId = c.rng.pick(ids(c.s.phases));
        if (!card || !laneId || !phaseId) return;
        doc.moveCard(c.peer.doc, card.id, {
          laneId,
          phaseId,
          index: c.rng.int(cellSize(c.s, laneId, phaseId) + 1),
        });
      },
    ],
    [
      3,
      (c) => {
        const picked = [pickCard(c), pickCard(c), pickCard(c)].filter(
          (x): x is CardView => x !== undefined,
        );
        const target = c.rng.chance(0.5)
          ? { laneId: c.rng.pick(ids(c.s.lanes)) }
          : { phaseId: c.rng.pick(ids(c.s.phases)), index: c.rng.int(3) };
        doc.moveCards(c.peer.doc, ids(picked), target);
      },
    ],
    [
      3,
      (c) => {
        const card = pickCard(c);
        if (!card) return;
        doc.deleteCards(c.peer.doc, [card.id]);
        c.ledger.deletedCards.add(card.id);
      },
    ],
    [
      2,
      (c) => {
        const card = c.rng.pick(c.s.deletedCards);
        if (card) doc.restoreCard(c.peer.doc, card.id);
      },
    ],
    [
      2,
      (c) => {
        const card = pickCard(c);
        if (!card) return;
        const id = doc.duplicateCard(c.peer.doc, card.id);
        c.ledger.addedCards.add(id);
        c.ledger.addToken(id, card.text);
      },
    ],
    ...mapOps(),
  ];
  if (withUndo) {
    // "Restore version": remember an export now, make the doc equal to it later
    // (replaceMapContent), while others keep editing.
    const versions = new WeakMap<Y.Doc, JourneyMap>();
    ops.push(
      [6, (c) => void c.peer.undo.undo()],
      [3, (c) => void c.peer.undo.redo()],
      [
        2,
        (c) => {
          const saved = versions.get(c.peer.doc);
          if (saved && c.rng.chance(0.5)) doc.replaceMapContent(c.peer.doc, saved);
          else versions.set(c.peer.doc, doc.exportMap(c.peer.doc));
        },
      ],
    );
  }
  return ops;
}

/** Run one random op as peer `peer`; DocErrors (refusals) are expected and ignored. */
export function runRandomOp(
  ops: [number, (c: Ctx) => void][],
  peer: Peer,
  rng: Rng,
  ledger: Ledger,
): void {
  const total = ops.reduce((sum, [w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [weight, op] of ops) {
    roll -= weight;
    if (roll >= 0) continue;
    try {
      op({ peer, s: peer.store.getSnapshot(), rng, ledger });
    } catch (error) {
      if (!(error instanceof doc.DocError)) throw error;
    }
    return;
  }
}
