/**
 * Named versions: save the whole document state, list, preview, restore.
 * Restore is a NEW change on top (`replaceMapContent`), so it reaches every peer
 * and can itself be undone — history is never rewound.
 */
import * as Y from 'yjs';
import { exportMap, replaceMapContent } from '../doc';
import { newId } from '../model/ids';
import { diffMapItems, type DiffItem } from '../model/mapDiff';
import type { JourneyMap } from '../model/types';
import { storage } from './backend';
import { StorageError } from './errors';
import type { VersionRecord } from './versionStore';

export type VersionInfo = Omit<VersionRecord, 'update'>;

function info({ update: _update, ...rest }: VersionRecord): VersionInfo {
  return rest;
}

/** Stores the current state of `doc` as a named version. */
export async function saveVersion(mapId: string, doc: Y.Doc, name: string): Promise<VersionInfo> {
  const trimmed = name.trim();
  if (!trimmed) throw new StorageError('write-failed', 'a version needs a name');
  const map = exportMap(doc);
  // strictly after the newest version, so "newest first" holds even within one millisecond
  const [newest] = await storage().versions.list(mapId);
  let at = Date.now();
  if (newest && Date.parse(newest.createdAt) >= at) at = Date.parse(newest.createdAt) + 1;
  const record: VersionRecord = {
    id: newId(),
    mapId,
    name: trimmed,
    createdAt: new Date(at).toISOString(),
    title: map.title,
    cardCount: map.cards.length,
    update: Y.encodeStateAsUpdate(doc),
  };
  await storage().versions.add(record);
  return info(record);
}

export async function listVersions(mapId: string): Promise<VersionInfo[]> {
  return (await storage().versions.list(mapId)).map(info);
}

export async function deleteVersion(versionId: string): Promise<void> {
  await storage().versions.remove(versionId);
}

/** The map as it was in the version (read-only; nothing is applied). */
export async function loadVersion(versionId: string): Promise<JourneyMap> {
  const record = await storage().versions.get(versionId);
  if (!record) throw new StorageError('not-found', `version ${versionId} does not exist`);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, record.update);
    return exportMap(doc);
  } finally {
    doc.destroy();
  }
}

export interface VersionDiff {
  readonly cardsAdded: number;
  readonly cardsRemoved: number;
  readonly cardsChanged: number;
  readonly phasesAdded: number;
  readonly phasesRemoved: number;
  readonly lanesAdded: number;
  readonly lanesRemoved: number;
  readonly titleChanged: boolean;
}

function countById<T extends { id: string }>(from: readonly T[], to: readonly T[]) {
  const before = new Map(from.map((x) => [x.id, x]));
  const after = new Map(to.map((x) => [x.id, x]));
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const [id, item] of after) {
    const old = before.get(id);
    if (!old) added++;
    else if (JSON.stringify(old) !== JSON.stringify(item)) changed++;
  }
  for (const id of before.keys()) if (!after.has(id)) removed++;
  return { added, removed, changed };
}

/** What restoring `version` would change in `current`. */
export function diffMaps(current: JourneyMap, version: JourneyMap): VersionDiff {
  const cards = countById(current.cards, version.cards);
  const phases = countById(current.phases, version.phases);
  const lanes = countById(current.lanes, version.lanes);
  return {
    cardsAdded: cards.added,
    cardsRemoved: cards.removed,
    cardsChanged: cards.changed,
    phasesAdded: phases.added,
    phasesRemoved: phases.removed,
    lanesAdded: lanes.added,
    lanesRemoved: lanes.removed,
    titleChanged: current.title !== version.title,
  };
}

/** What a restore would change: every item, computed by restoring on a copy. */
export interface RestorePlan {
  readonly versionId: string;
  readonly items: readonly DiffItem[];
}

function samePlan(a: readonly DiffItem[], b: readonly DiffItem[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Restores `version` on a copy of `doc` and lists what changed: the preview. */
function planOn(doc: Y.Doc, version: JourneyMap, versionId: string): RestorePlan {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = exportMap(copy);
    if (version.id !== before.id) {
      throw new StorageError('not-found', `version ${versionId} belongs to another map`);
    }
    replaceMapContent(copy, version);
    return { versionId, items: diffMapItems(before, exportMap(copy)) };
  } finally {
    copy.destroy();
  }
}

/** What restoring the version would change in `doc` now, item by item. */
export async function planRestore(doc: Y.Doc, versionId: string): Promise<RestorePlan> {
  return planOn(doc, await loadVersion(versionId), versionId);
}

/** The map changed since the preview: restoring now would change what it did not list. */
export class PlanChangedError extends Error {
  override readonly name = 'PlanChangedError';
  constructor(readonly plan: RestorePlan) {
    super('the map changed since the preview');
  }
}

/**
 * Makes `doc` equal to the version, as one new change that merges with concurrent
 * edits. With `expected` (the plan the user saw) it refuses, with the new plan, when
 * the restore would now change anything else: a restore never changes what the
 * preview did not list.
 */
export async function restoreVersion(
  doc: Y.Doc,
  versionId: string,
  expected?: RestorePlan,
): Promise<void> {
  const map = await loadVersion(versionId);
  const plan = planOn(doc, map, versionId);
  if (expected && !samePlan(expected.items, plan.items)) throw new PlanChangedError(plan);
  replaceMapContent(doc, map);
}
