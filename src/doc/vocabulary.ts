/**
 * Shared vocabulary: renaming an owner team everywhere in one map as ONE command
 * (one undo step) — the touchpoint cards' `ownerTeam` and the actions' `ownerTeam`.
 */
import type * as Y from 'yjs';
import { checkProp, parts } from './checks';
import { laneTypeOf } from './cardfields';
import { isCardDeleted, readPlace } from './cardlayout';
import { runCommand } from './command';
import { invalid } from './errors';
import { actionsRoot, cardsRoot, getEntity, readString, setField } from './roots';

/**
 * Writes `to` wherever an owner team is one of `from` (names as written). Returns
 * how many cards and actions changed; no change at all writes nothing.
 */
export function renameOwnerTeam(doc: Y.Doc, from: readonly string[], to: string): number {
  const name = to.trim();
  if (name === '') throw invalid('the new owner team name is empty');
  checkProp(parts.action, 'ownerTeam', name);
  const names = new Set(from.filter((n) => n !== name));
  const targets: Y.Map<unknown>[] = [];
  cardsRoot(doc).forEach((_v, id) => {
    const card = getEntity(cardsRoot(doc), id);
    if (!card || isCardDeleted(card)) return;
    const owner = readString(card, 'ownerTeam');
    if (owner === undefined || !names.has(owner)) return;
    if (laneTypeOf(doc, readPlace(card).laneId ?? '') === 'touchpoints') targets.push(card);
  });
  actionsRoot(doc).forEach((_v, id) => {
    const action = getEntity(actionsRoot(doc), id);
    const owner = action ? readString(action, 'ownerTeam') : undefined;
    if (action && owner !== undefined && names.has(owner)) targets.push(action);
  });
  if (targets.length === 0) return 0;
  runCommand(doc, () => {
    for (const target of targets) setField(target, 'ownerTeam', name);
  });
  return targets.length;
}
