/**
 * The document layer's public API; the Y.Doc layout and the rules behind it are
 * described in README.md next to this file. Everything outside src/doc imports
 * from here; the layout stays private.
 */
export type { MapDoc } from './roots';
export { LOCAL_ORIGIN, REMOTE_ORIGIN, SEED_ORIGIN, isLocalOrigin } from './origins';
export { DocError, type DocErrorCode } from './errors';
export { createUndoManager, type UndoController, type UndoGroup } from './undo';
export { rebaseText } from './text';

export { createMapDoc, replaceMapContent } from './import';
export { isMapDoc } from './isMapDoc';
export { exportMap, snapshotToMap } from './export';
export { createSnapshotStore, buildSnapshot, type SnapshotStore } from './snapshot';

export { updateMeta, updatePersona, type MetaPatch, type PersonaPatch } from './meta';
export { setPersonaImage } from './personaImage';
export {
  addPhase,
  renamePhase,
  updatePhase,
  movePhase,
  deletePhase,
  restorePhase,
  type NewPhase,
} from './phases';
export { addLane, renameLane, moveLane, deleteLane, restoreLane, type NewLane } from './lanes';
export {
  addCard,
  setCardText,
  recordCardText,
  updateCard,
  updateCards,
  duplicateCard,
  deleteCards,
  restoreCard,
  type NewCard,
} from './cards';
export type { CardPatch } from './cardfields';
export { moveCard, moveCards, type CardTarget } from './cardmove';
export { setKpi, addMeasurement, addMeasurements, removeMeasurement, type KpiPatch } from './kpi';
export { linkCards, unlinkCards } from './links';
export { addComment, resolveComment, deleteComment } from './comments';
export { castVote, setVotes, clearVotes } from './votes';
export { commentUpdateProblem, commenterMayTouch } from './commentGuard';
export { addAction, updateAction, deleteAction, type NewAction, type ActionPatch } from './actions';
export { workshopRoot } from './roots';
export { setDocAuthor, type DocAuthor } from './author';
export {
  resolveConflict,
  recordCardField,
  openConflicts,
  resolvedConflicts,
  type ConflictChoice,
  type ConflictField,
  type ConflictSide,
  type FieldConflict,
} from './conflicts';
export { conflictStore, type ConflictStore } from './conflictStore';
export { renameOwnerTeam } from './vocabulary';
export {
  isMaturityDoc,
  createMaturityDoc,
  renameCheck,
  rateAspect,
  revealAspects,
  setAgreedLevel,
  addRoadmapItem,
  updateRoadmapItem,
  deleteRoadmapItem,
  maturitySnapshot,
  maturityUpdatedAt,
  observeMaturity,
  type Participant,
  type NewMaturityCheck,
  type RoadmapPatch,
} from './maturity';
