/**
 * Random user commands for the convergence fuzz. Each op picks its targets from
 * the peer's own (possibly stale) snapshot, as a real user would, and records
 * what it did in the ledger. Commands may refuse (DocError) — that is fine.
 */
import type * as Y from 'yjs';
import type { CardView, MapSnapshot } from '../../model/snapshot';
import { CHANNELS, LANE_TYPES } from '../../model/types';
import type { Id, LaneType } from '../../model/types';
import * as doc from '../index';
import type { SnapshotStore, UndoController } from '../index';
import type { Ledger } from './ledger';
import type { Rng } from './prng';

export interface Peer {
  readonly index: number;
  readonly doc: Y.Doc;
  readonly store: SnapshotStore;
  readonly undo: UndoController;
}

interface Ctx {
  readonly peer: Peer;
  readonly s: MapSnapshot;
  readonly rng: Rng;
  readonly ledger: Ledger;
}

const ids = <T extends { id: Id }>(items: Iterable<T>): Id[] => [...items].map((i) => i.id);
const liveCards = (s: MapSnapshot): CardView[] => [...s.cards.values()];

function laneTypeOf(s: MapSnapshot, laneId: Id): LaneType | undefined {
  return [...s.lanes, ...s.deletedLanes].find((l) => l.id === laneId)?.type;
}

function fieldsFor(type: LaneType | undefined, rng: Rng): doc.CardPatch & { kpi?: { direction: 'higherIsBetter' | 'lowerIsBetter'; unit?: string } } {
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

function cellSize(s: MapSnapshot, laneId: Id, phaseId: Id): number {
  return s.cells.get(`${laneId}\u0000${phaseId}`)?.length ?? 0;
}

function pickCard(c: Ctx): CardView | undefined {
  return c.rng.pick(liveCards(c.s));
}

/** The ops with their weights. `withUndo` adds undo/redo (the ledger is then not checked). */
export function makeOps(withUndo: boolean): [number, (c: Ctx) => void][] {
  const ops: [number, (c: Ctx) => void][] = [
    [8, (c) => {
      const laneId = c.rng.pick(ids(c.s.lanes));
      const phaseId = c.rng.pick(ids(c.s.phases));
      if (!laneId || !phaseId) return;
      const type = laneTypeOf(c.s, laneId);
      const text = c.ledger.token(c.peer.index);
      const extra = type === 'kpis' ? { kpi: { direction: 'lowerIsBetter' as const, unit: '%' } } : {};
      const id = doc.addCard(c.peer.doc, {
        laneId, phaseId, text, index: c.rng.int(cellSize(c.s, laneId, phaseId) + 1), ...fieldsFor(type, c.rng), ...extra,
      });
      c.ledger.addedCards.add(id);
      c.ledger.addToken(id, text);
    }],
    [8, (c) => {
      const card = pickCard(c);
      if (!card) return;
      const token = c.ledger.token(c.peer.index);
      const old = card.text;
      const at = c.rng.int(old.length + 1);
      doc.setCardText(c.peer.doc, card.id, old.slice(0, at) + token + old.slice(at));
      c.ledger.addToken(card.id, token);
    }],
    [2, (c) => {
      const card = pickCard(c);
      if (!card) return;
      const at = c.rng.int(card.text.length + 1);
      doc.setCardText(c.peer.doc, card.id, card.text.slice(0, at) + card.text.slice(at + 1 + c.rng.int(4)));
      c.ledger.textReplaced.add(card.id);
    }],
    [3, (c) => {
      const card = pickCard(c);
      if (!card) return;
      const patch = { ...fieldsFor(laneTypeOf(c.s, card.laneId), c.rng), ...(c.rng.chance(0.3) ? { color: '#a0b0c0', tags: [`t${c.rng.int(5)}`] } : {}) };
      if (c.rng.chance(0.2)) Object.assign(patch, { color: undefined });
      doc.updateCard(c.peer.doc, card.id, patch);
    }],
    [8, (c) => {
      const card = pickCard(c);
      const laneId = c.rng.pick(ids(c.s.lanes));
      const phaseId = c.rng.pick(ids(c.s.phases));
      if (!card || !laneId || !phaseId) return;
      doc.moveCard(c.peer.doc, card.id, { laneId, phaseId, index: c.rng.int(cellSize(c.s, laneId, phaseId) + 1) });
    }],
    [3, (c) => {
      const picked = [pickCard(c), pickCard(c), pickCard(c)].filter((x): x is CardView => x !== undefined);
      const target = c.rng.chance(0.5) ? { laneId: c.rng.pick(ids(c.s.lanes)) } : { phaseId: c.rng.pick(ids(c.s.phases)), index: c.rng.int(3) };
      doc.moveCards(c.peer.doc, ids(picked), target);
    }],
    [3, (c) => {
      const card = pickCard(c);
      if (!card) return;
      doc.deleteCards(c.peer.doc, [card.id]);
      c.ledger.deletedCards.add(card.id);
    }],
    [2, (c) => {
      const card = c.rng.pick(c.s.deletedCards);
      if (card) doc.restoreCard(c.peer.doc, card.id);
    }],
    [2, (c) => {
      const card = pickCard(c);
      if (!card) return;
      const id = doc.duplicateCard(c.peer.doc, card.id);
      c.ledger.addedCards.add(id);
      c.ledger.addToken(id, card.text);
    }],
    [2, (c) => void doc.addPhase(c.peer.doc, { name: `P${c.rng.int(100)}`, index: c.rng.int(c.s.phases.length + 1) })],
    [1, (c) => { const id = c.rng.pick(ids(c.s.phases)); if (id) doc.renamePhase(c.peer.doc, id, `R${c.rng.int(100)}`); }],
    [1, (c) => { const id = c.rng.pick(ids(c.s.phases)); if (id) doc.updatePhase(c.peer.doc, id, { description: c.rng.chance(0.5) ? 'd' : undefined }); }],
    [4, (c) => { const id = c.rng.pick(ids(c.s.phases)); if (id) doc.movePhase(c.peer.doc, id, c.rng.int(c.s.phases.length)); }],
    [2, (c) => { const id = c.rng.pick(ids(c.s.phases)); if (id && c.s.phases.length > 1) doc.deletePhase(c.peer.doc, id); }],
    [2, (c) => { const id = c.rng.pick(ids(c.s.deletedPhases)); if (id) doc.restorePhase(c.peer.doc, id); }],
    [1, (c) => void doc.addLane(c.peer.doc, { type: c.rng.pick(LANE_TYPES) ?? 'notes', name: `L${c.rng.int(100)}`, index: c.rng.int(c.s.lanes.length + 1) })],
    [1, (c) => { const id = c.rng.pick(ids(c.s.lanes)); if (id) doc.renameLane(c.peer.doc, id, `N${c.rng.int(100)}`); }],
    [4, (c) => { const id = c.rng.pick(ids(c.s.lanes)); if (id) doc.moveLane(c.peer.doc, id, c.rng.int(c.s.lanes.length)); }],
    [2, (c) => { const id = c.rng.pick(ids(c.s.lanes)); if (id) doc.deleteLane(c.peer.doc, id); }],
    [2, (c) => { const id = c.rng.pick(ids(c.s.deletedLanes)); if (id) doc.restoreLane(c.peer.doc, id); }],
    [6, (c) => {
      const card = pickCard(c);
      if (!card) return;
      const voter = `v${c.peer.index}`;
      doc.castVote(c.peer.doc, card.id, voter, c.rng.chance(0.8) ? 1 : -1);
      const after = c.peer.store.getSnapshot().cards.get(card.id)?.votesBy[voter];
      if (after !== undefined) c.ledger.votes.set(`${card.id}\u0000${voter}`, after);
    }],
    [1, (c) => {
      const card = pickCard(c);
      if (!card) return;
      doc.clearVotes(c.peer.doc, card.id);
      c.ledger.clearedVotes.add(card.id);
    }],
    [3, (c) => {
      const card = pickCard(c);
      if (!card) return;
      const id = doc.addComment(c.peer.doc, card.id, { author: `u${c.peer.index}`, text: 'hm', at: '2026-11-22T10:00:00Z' });
      c.ledger.comments.set(id, card.id);
    }],
    [1, (c) => {
      const card = liveCards(c.s).find((x) => x.comments.length > 0);
      const comment = card && c.rng.pick(card.comments);
      if (card && comment) doc.resolveComment(c.peer.doc, card.id, comment.id, !comment.resolved);
    }],
    [1, (c) => {
      const card = liveCards(c.s).find((x) => x.comments.length > 0);
      const comment = card && c.rng.pick(card.comments);
      if (!card || !comment) return;
      doc.deleteComment(c.peer.doc, card.id, comment.id);
      c.ledger.deletedComments.add(comment.id);
    }],
    [3, (c) => {
      const card = c.rng.pick(liveCards(c.s).filter((x) => x.kpi));
      if (!card) return;
      const id = doc.addMeasurement(c.peer.doc, card.id, { value: c.rng.int(100), date: `2026-0${1 + c.rng.int(9)}-1${c.rng.int(9)}` });
      c.ledger.measurements.set(id, card.id);
    }],
    [1, (c) => {
      const card = c.rng.pick(liveCards(c.s).filter((x) => (x.kpi?.measurements?.length ?? 0) > 0));
      if (!card) return;
      doc.removeMeasurement(c.peer.doc, card.id, 0);
      c.ledger.measurementRemovedOn.add(card.id);
    }],
    [1, (c) => {
      const card = c.rng.pick(liveCards(c.s).filter((x) => x.kpi));
      if (card) doc.setKpi(c.peer.doc, card.id, { target: { value: c.rng.int(50) }, unit: c.rng.chance(0.5) ? 's' : undefined });
    }],
    [2, (c) => { const a = pickCard(c); const b = pickCard(c); if (a && b && a.id !== b.id) doc.linkCards(c.peer.doc, a.id, b.id); }],
    [1, (c) => { const a = c.rng.pick(liveCards(c.s).filter((x) => x.links)); const to = a?.links?.[0]; if (a && to) doc.unlinkCards(c.peer.doc, a.id, to); }],
    [1, (c) => { const a = pickCard(c); if (a) doc.addAction(c.peer.doc, { title: `A${c.rng.int(9)}`, cardIds: [a.id] }); }],
    [1, (c) => { const a = c.rng.pick(c.s.actions); if (a) doc.updateAction(c.peer.doc, a.id, { status: c.rng.pick(['open', 'doing', 'done'] as const) ?? 'open', due: '2027-01-01' }); }],
    [1, (c) => { const a = c.rng.pick(c.s.actions); if (a) doc.deleteAction(c.peer.doc, a.id); }],
    [1, (c) => doc.updateMeta(c.peer.doc, { title: `T${c.rng.int(99)}`, tags: c.rng.chance(0.5) ? ['x'] : undefined })],
    [1, (c) => doc.updatePersona(c.peer.doc, c.rng.chance(0.2) ? null : { name: `Pers${c.rng.int(9)}`, goals: ['g'] })],
  ];
  if (withUndo) {
    ops.push([6, (c) => void c.peer.undo.undo()], [3, (c) => void c.peer.undo.redo()]);
  }
  return ops;
}

/** Run one random op as peer `peer`; DocErrors (refusals) are expected and ignored. */
export function runRandomOp(ops: [number, (c: Ctx) => void][], peer: Peer, rng: Rng, ledger: Ledger): void {
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
