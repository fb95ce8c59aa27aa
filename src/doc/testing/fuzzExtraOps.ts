/** The fuzz ops on what hangs on cards: votes, comments, KPIs and measurements, links. */
import * as doc from '../index';
import { liveCards, op, pickCard, type Op } from './fuzzOps';

function voteOps(): Op[] {
  return [
    op('castVote', 6, (c) => {
      const card = pickCard(c);
      if (!card) return false;
      const voter = `v${c.peer.index}`;
      doc.castVote(c.peer.doc, card.id, voter, c.rng.chance(0.8) ? 1 : -1);
      const after = c.peer.store.getSnapshot().cards.get(card.id)?.votesBy[voter];
      if (after !== undefined) c.ledger.votes.set(`${card.id}\u0000${voter}`, after);
    }),
    op('clearVotes', 1, (c) => {
      const card = pickCard(c);
      if (!card) return false;
      doc.clearVotes(c.peer.doc, card.id);
      c.ledger.clearedVotes.add(card.id);
    }),
  ];
}

function commentOps(): Op[] {
  const commented = (c: Parameters<Op['run']>[0]) => {
    const card = c.rng.pick(liveCards(c.s).filter((x) => x.comments.length > 0));
    const comment = card && c.rng.pick(card.comments);
    return card && comment ? { card, comment } : undefined;
  };
  return [
    op('addComment', 3, (c) => {
      const card = pickCard(c);
      if (!card) return false;
      const id = doc.addComment(c.peer.doc, card.id, {
        author: `u${c.peer.index}`,
        text: 'hm',
        at: '2026-11-22T10:00:00Z',
      });
      c.ledger.comments.set(id, card.id);
    }),
    op('resolveComment', 1, (c) => {
      const hit = commented(c);
      if (!hit) return false;
      doc.resolveComment(c.peer.doc, hit.card.id, hit.comment.id, !hit.comment.resolved);
    }),
    op('deleteComment', 1, (c) => {
      const hit = commented(c);
      if (!hit) return false;
      doc.deleteComment(c.peer.doc, hit.card.id, hit.comment.id);
      c.ledger.deletedComments.add(hit.comment.id);
    }),
  ];
}

function kpiOps(): Op[] {
  return [
    op('addMeasurement', 3, (c) => {
      const card = c.rng.pick(liveCards(c.s).filter((x) => x.kpi));
      if (!card) return false;
      const id = doc.addMeasurement(c.peer.doc, card.id, {
        value: c.rng.int(100),
        date: `2026-0${1 + c.rng.int(9)}-1${c.rng.int(9)}`,
      });
      c.ledger.measurements.set(id, card.id);
    }),
    op('removeMeasurement', 1, (c) => {
      const card = c.rng.pick(liveCards(c.s).filter((x) => (x.kpi?.measurements?.length ?? 0) > 0));
      if (!card) return false;
      doc.removeMeasurement(c.peer.doc, card.id, 0);
      c.ledger.measurementRemovedOn.add(card.id);
    }),
    op('setKpi', 1, (c) => {
      const card = c.rng.pick(liveCards(c.s).filter((x) => x.kpi));
      if (!card) return false;
      doc.setKpi(c.peer.doc, card.id, {
        target: { value: c.rng.int(50) },
        unit: c.rng.chance(0.5) ? 's' : undefined,
      });
    }),
  ];
}

function linkOps(): Op[] {
  return [
    op('linkCards', 2, (c) => {
      const a = pickCard(c);
      const b = pickCard(c);
      if (!a || !b || a.id === b.id) return false;
      doc.linkCards(c.peer.doc, a.id, b.id);
    }),
    op('unlinkCards', 1, (c) => {
      const a = c.rng.pick(liveCards(c.s).filter((x) => x.links && x.links.length > 0));
      const to = a?.links?.[0];
      if (!a || !to) return false;
      doc.unlinkCards(c.peer.doc, a.id, to);
    }),
  ];
}

/** Weighted ops (see makeOps). */
export function extraOps(): Op[] {
  return [...voteOps(), ...commentOps(), ...kpiOps(), ...linkOps()];
}
