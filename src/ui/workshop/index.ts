/**
 * Live workshop mode (issue 6). Integration surface:
 *   <WorkshopProvider connection={{ awareness, role, relayUrl }} onRename={…}>  — map route
 *   <WorkshopBar />            — board header (who's here, timer, vote, locks)
 *   <PresenceLayer />          — child of <ReactFlow> (cursors, drag ghosts, follow, present)
 *   <CardWorkshopOverlay cardId /> — inside the card node (remote outline/label, lock mark, vote dots)
 *   useCanEdit(laneId?)        — canvas + panels, before any edit
 *   useRemoteCardState(cardId) — if the card node wants to style itself
 */
export {
  WorkshopProvider,
  useWorkshop,
  useWorkshopOptional,
  type Workshop,
  type WorkshopConnection,
} from './WorkshopContext';
export { WorkshopBar } from './WorkshopBar';
export { PresenceLayer } from './PresenceLayer';
export { CardWorkshopOverlay } from './CardWorkshopOverlay';
export {
  useCanEdit,
  usePresence,
  useRemoteCardState,
  useWorkshopState,
  type RemoteCardState,
} from './hooks';
