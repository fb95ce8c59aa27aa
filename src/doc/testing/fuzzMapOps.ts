/** The fuzz ops on map structure and map-level data: phases, lanes, actions, meta, persona. */
import { LANE_TYPES } from '../../model/types';
import * as doc from '../index';
import { ids, op, pickCard, type Op } from './fuzzOps';

function phaseOps(): Op[] {
  return [
    op('addPhase', 2, (c) => {
      const id = doc.addPhase(c.peer.doc, {
        name: `P${c.rng.int(100)}`,
        index: c.rng.int(c.s.phases.length + 1),
      });
      c.ledger.addedPhases.add(id);
    }),
    op('renamePhase', 1, (c) => {
      const id = c.rng.pick(ids(c.s.phases));
      if (!id) return false;
      doc.renamePhase(c.peer.doc, id, `R${c.rng.int(100)}`);
      c.ledger.wrote(c.peer.doc, 'phase', id, ['name']);
    }),
    op('describePhase', 1, (c) => {
      const id = c.rng.pick(ids(c.s.phases));
      if (!id) return false;
      doc.updatePhase(c.peer.doc, id, {
        description: c.rng.chance(0.5) ? `d${c.rng.int(9)}` : undefined,
      });
      c.ledger.wrote(c.peer.doc, 'phase', id, ['description']);
    }),
    op('movePhase', 4, (c) => {
      const id = c.rng.pick(ids(c.s.phases));
      if (!id) return false;
      doc.movePhase(c.peer.doc, id, c.rng.int(c.s.phases.length));
    }),
    op('deletePhase', 2, (c) => {
      const id = c.rng.pick(ids(c.s.phases));
      if (!id || c.s.phases.length < 2) return false;
      doc.deletePhase(c.peer.doc, id);
      c.ledger.deletedPhases.add(id);
    }),
    op('restorePhase', 2, (c) => {
      const id = c.rng.pick(ids(c.s.deletedPhases));
      if (!id) return false;
      doc.restorePhase(c.peer.doc, id);
    }),
  ];
}

function laneOps(): Op[] {
  return [
    op('addLane', 1, (c) => {
      const id = doc.addLane(c.peer.doc, {
        type: c.rng.pick(LANE_TYPES) ?? 'notes',
        name: `L${c.rng.int(100)}`,
        index: c.rng.int(c.s.lanes.length + 1),
      });
      c.ledger.addedLanes.add(id);
    }),
    op('renameLane', 1, (c) => {
      const id = c.rng.pick(ids(c.s.lanes));
      if (!id) return false;
      doc.renameLane(c.peer.doc, id, `N${c.rng.int(100)}`);
      c.ledger.wrote(c.peer.doc, 'lane', id, ['name']);
    }),
    op('moveLane', 4, (c) => {
      const id = c.rng.pick(ids(c.s.lanes));
      if (!id) return false;
      doc.moveLane(c.peer.doc, id, c.rng.int(c.s.lanes.length));
    }),
    op('deleteLane', 2, (c) => {
      const id = c.rng.pick(ids(c.s.lanes));
      if (!id) return false;
      doc.deleteLane(c.peer.doc, id);
      c.ledger.deletedLanes.add(id);
    }),
    op('restoreLane', 2, (c) => {
      const id = c.rng.pick(ids(c.s.deletedLanes));
      if (!id) return false;
      doc.restoreLane(c.peer.doc, id);
    }),
  ];
}

function actionOps(): Op[] {
  return [
    op('addAction', 1, (c) => {
      const a = pickCard(c);
      if (!a) return false;
      const id = doc.addAction(c.peer.doc, { title: `A${c.rng.int(9)}`, cardIds: [a.id] });
      c.ledger.addedActions.add(id);
    }),
    op('updateAction', 1, (c) => {
      const a = c.rng.pick(c.s.actions);
      if (!a) return false;
      doc.updateAction(c.peer.doc, a.id, {
        title: `B${c.rng.int(9)}`,
        status: c.rng.pick(['open', 'doing', 'done'] as const) ?? 'open',
        due: c.rng.chance(0.7) ? `2027-0${1 + c.rng.int(9)}-2${c.rng.int(9)}` : undefined,
      });
      c.ledger.wrote(c.peer.doc, 'action', a.id, ['title', 'status', 'due']);
    }),
    op('deleteAction', 1, (c) => {
      const a = c.rng.pick(c.s.actions);
      if (!a) return false;
      doc.deleteAction(c.peer.doc, a.id);
      c.ledger.deletedActions.add(a.id);
    }),
  ];
}

/** Weighted ops (see makeOps). */
export function mapOps(): Op[] {
  return [
    ...phaseOps(),
    ...laneOps(),
    ...actionOps(),
    op('updateMeta', 1, (c) => {
      doc.updateMeta(c.peer.doc, {
        title: `T${c.rng.int(99)}`,
        tags: c.rng.chance(0.5) ? [`x${c.rng.int(3)}`] : undefined,
      });
      c.ledger.wrote(c.peer.doc, 'meta', '', ['title', 'tags']);
    }),
    op('updatePersona', 1, (c) => {
      doc.updatePersona(
        c.peer.doc,
        c.rng.chance(0.2) ? null : { name: `Pers${c.rng.int(9)}`, goals: ['g'] },
      );
      c.ledger.wrote(c.peer.doc, 'meta', '', ['persona']);
    }),
  ];
}
