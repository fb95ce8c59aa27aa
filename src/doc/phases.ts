/** Phase commands (columns, left to right). */
import * as Y from 'yjs';
import { newId } from '../model/ids';
import type { Id } from '../model/types';
import { checkId, checkKeys, checkProp, checkRoom, parts } from './checks';
import { mustBeMap, mustGet, runCommand } from './command';
import { invalid } from './errors';
import { phasesRoot, setField } from './roots';
import { checkIndex, checkMovable, liveSorted, orderForIndex } from './structure';

/** Input of addPhase; `index` counts live phases (end when omitted). */
export interface NewPhase {
  readonly name: string;
  readonly description?: string;
  readonly index?: number;
  readonly id?: Id;
}

/** Add a phase at `index` (default: last) and return its id. */
export function addPhase(doc: Y.Doc, input: NewPhase): Id {
  mustBeMap(doc);
  checkKeys('a new phase', input, ['name', 'description', 'index', 'id']);
  const name = checkProp(parts.phase, 'name', input.name, 'phase name');
  const description =
    input.description === undefined
      ? undefined
      : checkProp(parts.phase, 'description', input.description);
  const id = input.id === undefined ? newId() : checkId('phase id', input.id);
  const root = phasesRoot(doc);
  if (root.has(id)) throw invalid(`phase "${id}" already exists`);
  checkRoom('phases', liveSorted(root).length);
  const index = input.index === undefined ? undefined : checkIndex(input.index);
  return runCommand(doc, () => {
    const phase = new Y.Map<unknown>();
    phase.set('name', name);
    if (description !== undefined) phase.set('description', description);
    phase.set('order', orderForIndex(root, index));
    root.set(id, phase);
    return id;
  });
}

/** Rename a phase. */
export function renamePhase(doc: Y.Doc, id: Id, name: string): void {
  updatePhase(doc, id, { name });
}

/** Change a phase's name and/or description (`description: undefined` removes it). */
export function updatePhase(
  doc: Y.Doc,
  id: Id,
  patch: { name?: string; description?: string },
): void {
  const phase = mustGet(phasesRoot(doc), 'phase', id);
  checkKeys('a phase edit', patch, ['name', 'description']);
  const name =
    'name' in patch && patch.name !== undefined
      ? checkProp(parts.phase, 'name', patch.name, 'phase name')
      : undefined;
  const hasDescription = 'description' in patch;
  const description =
    patch.description === undefined
      ? undefined
      : checkProp(parts.phase, 'description', patch.description);
  runCommand(doc, () => {
    if (name !== undefined) setField(phase, 'name', name);
    if (hasDescription) setField(phase, 'description', description);
  });
}

/** Move a live phase to `toIndex` among the live phases. */
export function movePhase(doc: Y.Doc, id: Id, toIndex: number): void {
  const root = phasesRoot(doc);
  const phase = checkMovable(root, 'phase', id);
  const index = checkIndex(toIndex);
  runCommand(doc, () => setField(phase, 'order', orderForIndex(root, index, id)));
}

/** Soft-delete a phase; its cards stay and come back with restorePhase. The last live phase cannot go. */
export function deletePhase(doc: Y.Doc, id: Id): void {
  const root = phasesRoot(doc);
  const phase = mustGet(root, 'phase', id);
  if (phase.get('deleted') === true) return;
  if (liveSorted(root, id).length === 0) throw invalid('a map needs at least one phase');
  runCommand(doc, () => phase.set('deleted', true));
}

/** Bring a soft-deleted phase back at its old position, with its cards. */
export function restorePhase(doc: Y.Doc, id: Id): void {
  const root = phasesRoot(doc);
  const phase = mustGet(root, 'phase', id);
  if (phase.get('deleted') !== true) return;
  checkRoom('phases', liveSorted(root).length);
  runCommand(doc, () => phase.set('deleted', false));
}
