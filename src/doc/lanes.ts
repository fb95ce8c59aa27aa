/** Lane commands (rows, top to bottom). A lane's type never changes. */
import * as Y from 'yjs';
import { newId } from '../model/ids';
import type { Id, LaneType } from '../model/types';
import { checkId, checkKeys, checkProp, checkRoom, parts } from './checks';
import { mustBeMap, mustGet, runCommand } from './command';
import { invalid } from './errors';
import { lanesRoot, setField } from './roots';
import { checkIndex, checkMovable, liveSorted, orderForIndex } from './structure';

/** Input of addLane; `index` counts live lanes (end when omitted). */
export interface NewLane {
  readonly type: LaneType;
  readonly name: string;
  readonly index?: number;
  readonly id?: Id;
}

/** Add a lane at `index` (default: last) and return its id. */
export function addLane(doc: Y.Doc, input: NewLane): Id {
  mustBeMap(doc);
  checkKeys('a new lane', input, ['type', 'name', 'index', 'id']);
  const type = checkProp(parts.lane, 'type', input.type, 'lane type');
  const name = checkProp(parts.lane, 'name', input.name, 'lane name');
  const id = input.id === undefined ? newId() : checkId('lane id', input.id);
  const root = lanesRoot(doc);
  if (root.has(id)) throw invalid(`lane "${id}" already exists`);
  checkRoom('lanes', liveSorted(root).length);
  const index = input.index === undefined ? undefined : checkIndex(input.index);
  return runCommand(doc, () => {
    const lane = new Y.Map<unknown>();
    lane.set('type', type);
    lane.set('name', name);
    lane.set('order', orderForIndex(root, index));
    root.set(id, lane);
    return id;
  });
}

/** Rename a lane. */
export function renameLane(doc: Y.Doc, id: Id, name: string): void {
  const lane = mustGet(lanesRoot(doc), 'lane', id);
  const checked = checkProp(parts.lane, 'name', name, 'lane name');
  runCommand(doc, () => setField(lane, 'name', checked));
}

/** Move a live lane to `toIndex` among the live lanes. */
export function moveLane(doc: Y.Doc, id: Id, toIndex: number): void {
  const root = lanesRoot(doc);
  const lane = checkMovable(root, 'lane', id);
  const index = checkIndex(toIndex);
  runCommand(doc, () => setField(lane, 'order', orderForIndex(root, index, id)));
}

/** Soft-delete a lane; its cards stay and come back with restoreLane. */
export function deleteLane(doc: Y.Doc, id: Id): void {
  const lane = mustGet(lanesRoot(doc), 'lane', id);
  if (lane.get('deleted') === true) return;
  runCommand(doc, () => lane.set('deleted', true));
}

/** Bring a soft-deleted lane back at its old position, with its cards. */
export function restoreLane(doc: Y.Doc, id: Id): void {
  const root = lanesRoot(doc);
  const lane = mustGet(root, 'lane', id);
  if (lane.get('deleted') !== true) return;
  checkRoom('lanes', liveSorted(root).length);
  runCommand(doc, () => lane.set('deleted', false));
}
