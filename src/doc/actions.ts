/** Improvement actions: ordered entities in the `actions` root, deleted for good. */
import * as Y from 'yjs';
import { newId } from '../model/ids';
import type { ActionStatus, Id, JsonValue } from '../model/types';
import { checkId, checkKeys, checkProp, checkRoom, parts } from './checks';
import { mustBeMap, mustGet, runCommand } from './command';
import { invalid } from './errors';
import { actionsRoot, cardsRoot, readString, setField } from './roots';
import { keyAt, sortOrdered, type Ordered } from './order';

/** Input of addAction. */
export interface NewAction {
  readonly title: string;
  readonly status?: ActionStatus;
  readonly ownerTeam?: string;
  readonly due?: string;
  readonly cardIds: readonly Id[];
  readonly id?: Id;
}

/** Fields of updateAction; `undefined` removes ownerTeam or due. */
export interface ActionPatch {
  title?: string;
  status?: ActionStatus;
  ownerTeam?: string | undefined;
  due?: string | undefined;
  cardIds?: readonly Id[];
}

function checkPatch(doc: Y.Doc, patch: ActionPatch): [string, JsonValue | undefined][] {
  const writes: [string, JsonValue | undefined][] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'ownerTeam' || key === 'due') {
      writes.push([key, value === undefined ? undefined : checkProp(parts.action, key, value)]);
    } else if (key === 'title' || key === 'status') {
      writes.push([key, checkProp(parts.action, key, value)]);
    } else if (key === 'cardIds') {
      const ids = [...new Set(checkProp(parts.action, 'cardIds', value))];
      for (const id of ids) mustGet(cardsRoot(doc), 'card', id);
      writes.push([key, ids]);
    } else throw invalid(`"${key}" is not an action field`);
  }
  return writes;
}

/** Actions sorted by (order, id). */
export function sortedActions(doc: Y.Doc): Ordered[] {
  const items: Ordered[] = [];
  actionsRoot(doc).forEach((value, id) => {
    if (value instanceof Y.Map)
      items.push({ id, order: readString(value as Y.Map<unknown>, 'order') ?? '' });
  });
  return sortOrdered(items);
}

/** Add an action (status defaults to open) and return its id. */
export function addAction(doc: Y.Doc, input: NewAction): Id {
  mustBeMap(doc);
  checkKeys('a new action', input, ['title', 'status', 'ownerTeam', 'due', 'cardIds', 'id']);
  const { id: givenId, ...fields } = input;
  if (input.title === undefined) throw invalid('title is required');
  if (input.cardIds === undefined) throw invalid('cardIds is required');
  const writes = checkPatch(doc, { status: 'open', ...fields });
  const id = givenId === undefined ? newId() : checkId('action id', givenId);
  const root = actionsRoot(doc);
  if (root.has(id)) throw invalid(`action "${id}" already exists`);
  checkRoom('actions', root.size);
  const order = keyAt(sortedActions(doc), undefined);
  return runCommand(doc, () => {
    const action = new Y.Map<unknown>();
    action.set('order', order);
    root.set(id, action);
    for (const [key, value] of writes) setField(action, key, value);
    return id;
  });
}

/** Change an action's fields. */
export function updateAction(doc: Y.Doc, id: Id, patch: ActionPatch): void {
  const action = mustGet(actionsRoot(doc), 'action', id);
  const writes = checkPatch(doc, patch);
  runCommand(doc, () => {
    for (const [key, value] of writes) setField(action, key, value);
  });
}

/** Delete an action. */
export function deleteAction(doc: Y.Doc, id: Id): void {
  mustGet(actionsRoot(doc), 'action', id);
  runCommand(doc, () => actionsRoot(doc).delete(id));
}
