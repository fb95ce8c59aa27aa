/** The fuzz ops on map structure and map-level data: phases, lanes, votes, comments, KPIs, links, actions, meta. */
import { LANE_TYPES } from '../../model/types';
import * as doc from '../index';
import { ids, liveCards, pickCard, type Ctx } from './fuzzOps';

/** Weighted ops (see makeOps). */
export function mapOps(): [number, (c: Ctx) => void][] {
  return [
    [
      2,
      (c) =>
        void doc.addPhase(c.peer.doc, {
          name: `P${c.rng.int(100)}`,
          index: c.rng.int(c.s.phases.length + 1),
        }),
    ],
    [
      1,
      (c) => {
        const id = c.rng.pick(ids(c.s.phases));
        if (id) doc.renamePhase(c.peer.doc, id, `R${c.rng.int(100)}`);
      },
    ],
    [
      1,
      (c) => {
        const id = c.rng.pick(ids(c.s.phases));
        if (id)
          doc.updatePhase(c.peer.doc, id, { description: c.rng.chance(0.5) ? 'd' : undefined });
      },
    ],
    [
      4,
      (c) => {
        const id = c.rng.pick(ids(c.s.phases));
        if (id) doc.movePhase(c.peer.doc, id, c.rng.int(c.s.phases.length));
      },
    ],
    [
      2,
      (c) => {
        const id = c.rng.pick(ids(c.s.phases));
        if (id && c.s.phases.length > 1) doc.deletePhase(c.peer.doc, id);
      },
    ],
    [
      2,
      (c) => {
        const id = c.rng.pick(ids(c.s.deletedPhases));
        if (id) doc.restorePhase(c.peer.doc, id);
      },
    ],
    [
      1,
      (c) =>
        void doc.addLane(c.peer.doc, {
          type: c.rng.pick(LANE_TYPES) ?? 'notes',
          name: `L${c.rng.int(100)}`,
          index: c.rng.int(c.s.lanes.length + 1),
        }),
    ],
    [
      1,
      (c) => {
        const id = c.rng.pick(ids(c.s.lanes));
        if (id) doc.renameLane(c.peer.doc, id, `N${c.rng.int(100)}`);
      },
    ],
    [
      4,
      (c) => {
        const id = c.rng.pick(ids(c.s.lanes));
        if (id) doc.moveLane(c.peer.doc, id, c.rng.int(c.s.lanes.length));
      },
    ],
    [
      2,
      (c) => {
        const id = c.rng.pick(ids(c.s.lanes));
        if (id) doc.deleteLane(c.peer.doc, id);
      },
    ],
    [
      2,
      (c) => {
        const id = c.rng.pick(ids(c.s.deletedLanes));
        if (id) doc.restoreLane(c.peer.doc, id);
      },
    ],
    [
      6,
      (c) => {
        const card = pickCard(c);
        if (!card) return;
        const voter = `v${c.peer.index}`;
        doc.castVote(c.peer.doc, card.id, voter, c.rng.chance(0.8) ? 1 : -1);
        const after = c.peer.store.getSnapshot().cards.get(card.id)?.votesBy[voter];
        if (after !== undefined) c.ledger.votes.set(`${card.id}\u0000${voter}`, after);
      },
    ],
    [
      1,
      (c) => {
        const card = pickCard(c);
        if (!card) return;
        doc.clearVotes(c.peer.doc, card.id);
        c.ledger.clearedVotes.add(card.id);
      },
    ],
    [
      3,
      (c) => {
        const card = pickCard(c);
        if (!card) return;
        const id = doc.addComment(c.peer.doc, card.id, {
          author: `u${c.peer.index}`,
          text: 'hm',
          at: '2026-11-22T10:00:00Z',
        });
        c.ledger.comments.set(id, card.id);
      },
    ],
    [
      1,
      (c) => {
        const card = liveCards(c.s).find((x) => x.comments.length > 0);
        const comment = card && c.rng.pick(card.comments);
        if (card && comment) doc.resolveComment(c.peer.doc, card.id, comment.id, !comment.resolved);
      },
    ],
    [
      1,
      (c) => {
        const card = liveCards(c.s).find((x) => x.comments.length > 0);
        const comment = card && c.rng.pick(card.comments);
        if (!card || !comment) return;
        doc.deleteComment(c.peer.doc, card.id, comment.id);
        c.ledger.deletedComments.add(comment.id);
      },
    ],
    [
      3,
      (c) => {
        const card = c.rng.pick(liveCards(c.s).filter((x) => x.kpi));
        if (!card) return;
        const id = doc.addMeasurement(c.peer.doc, card.id, {
          value: c.rng.int(100),
          date: `2026-0${1 + c.rng.int(9)}-1${c.rng.int(9)}`,
        });
        c.ledger.measurements.set(id, card.id);
      },
    ],
    [
      1,
      (c) => {
        const card = c.rng.pick(
          liveCards(c.s).filter((x) => (x.kpi?.measurements?.length ?? 0) > 0),
        );
        if (!card) return;
        doc.removeMeasurement(c.peer.doc, card.id, 0);
        c.ledger.measurementRemovedOn.add(card.id);
      },
    ],
    [
      1,
      (c) => {
        const card = c.rng.pick(liveCards(c.s).filter((x) => x.kpi));
        if (card)
          doc.setKpi(c.peer.doc, card.id, {
            target: { value: c.rng.int(50) },
            unit: c.rng.chance(0.5) ? 's' : undefined,
          });
      },
    ],
    [
      2,
      (c) => {
        const a = pickCard(c);
        const b = pickCard(c);
        if (a && b && a.id !== b.id) doc.linkCards(c.peer.doc, a.id, b.id);
      },
    ],
    [
      1,
      (c) => {
        const a = c.rng.pick(liveCards(c.s).filter((x) => x.links));
        const to = a?.links?.[0];
        if (a && to) doc.unlinkCards(c.peer.doc, a.id, to);
      },
    ],
    [
      1,
      (c) => {
        const a = pickCard(c);
        if (a) doc.addAction(c.peer.doc, { title: `A${c.rng.int(9)}`, cardIds: [a.id] });
      },
    ],
    [
      1,
      (c) => {
        const a = c.rng.pick(c.s.actions);
        if (a)
          doc.updateAction(c.peer.doc, a.id, {
            status: c.rng.pick(['open', 'doing', 'done'] as const) ?? 'open',
            due: '2027-01-01',
          });
      },
    ],
    [
      1,
      (c) => {
        const a = c.rng.pick(c.s.actions);
        if (a) doc.deleteAction(c.peer.doc, a.id);
      },
    ],
    [
      1,
      (c) =>
        doc.updateMeta(c.peer.doc, {
          title: `T${c.rng.int(99)}`,
          tags: c.rng.chance(0.5) ? ['x'] : undefined,
        }),
    ],
    [
      1,
      (c) =>
        doc.updatePersona(
          c.peer.doc,
          c.rng.chance(0.2) ? null : { name: `Pers${c.rng.int(9)}`, goals: ['g'] },
        ),
    ],
  ];
}
