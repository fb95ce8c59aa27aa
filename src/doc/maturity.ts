/**
 * The maturity check's document (README.md, "Maturity check documents"). Its own
 * top-level maps, none shared with a journey map's layout, so `isMapDoc` is false
 * for a check and `isMaturityDoc` false for a map. Flat keys (`aspect/participant`,
 * `aspect.agreed`) instead of nested maps: two peers creating the same nested
 * Y.Map concurrently would lose one of them. One command = one local transaction.
 */
import * as Y from 'yjs';
import { newId } from '../model/ids';
import {
  ASPECTS,
  isAspect,
  isLevel,
  isRoadmapStatus,
  type Aspect,
  type AspectRound,
  type Level,
  type MaturityCheck,
  type RoadmapItem,
  type RoadmapStatus,
} from '../model/maturity';
import { keyBetween } from '../model/ordering';
import { DocError } from './errors';
import { LOCAL_ORIGIN, SEED_ORIGIN } from './origins';

const ROOT = {
  meta: 'maturity',
  ratings: 'maturityRatings',
  people: 'maturityPeople',
  rounds: 'maturityRounds',
  roadmap: 'maturityRoadmap',
} as const;

const meta = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.meta);
const ratings = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.ratings);
const people = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.people);
const rounds = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.rounds);
const roadmap = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.roadmap);

/** A person taking part: their session identity (settings' user id) and name. */
export interface Participant {
  readonly id: string;
  readonly name: string;
}

export interface NewMaturityCheck {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly facilitator: Participant;
  readonly previousId?: string | null;
}

/** One local command: `change`, and the check's last-change time (the catalog's updatedAt). */
function edit(doc: Y.Doc, change: () => void): void {
  doc.transact(() => {
    change();
    meta(doc).set('updatedAt', new Date().toISOString());
  }, LOCAL_ORIGIN);
}

/** When the check last changed (its creation time until a first command). */
export function maturityUpdatedAt(doc: Y.Doc): string {
  const m = meta(doc);
  const at = m.get('updatedAt');
  return typeof at === 'string' ? at : str(m, 'createdAt');
}

/** True when `doc` holds a maturity check. */
export function isMaturityDoc(doc: Y.Doc): boolean {
  return typeof meta(doc).get('id') === 'string';
}

/** Seeds a new, empty document as a check (once, at creation). */
export function createMaturityDoc(doc: Y.Doc, init: NewMaturityCheck): void {
  if (isMaturityDoc(doc)) throw new DocError('invalid', 'the document holds a check already');
  if (!init.title.trim()) throw new DocError('invalid', 'a check needs a title');
  doc.transact(() => {
    const m = meta(doc);
    m.set('id', init.id);
    m.set('title', init.title.trim());
    m.set('createdAt', init.createdAt);
    m.set('facilitatorId', init.facilitator.id);
    if (init.previousId) m.set('previousId', init.previousId);
    people(doc).set(init.facilitator.id, init.facilitator.name);
  }, SEED_ORIGIN);
}

/** Renames the check. */
export function renameCheck(doc: Y.Doc, title: string): void {
  if (!title.trim()) throw new DocError('invalid', 'a check needs a title');
  edit(doc, () => meta(doc).set('title', title.trim()));
}

/** `who` rates `aspect` at `level`; null takes the rating back. */
export function rateAspect(doc: Y.Doc, aspect: Aspect, who: Participant, level: Level | null) {
  if (!isAspect(aspect)) throw new DocError('invalid', `unknown aspect ${String(aspect)}`);
  if (level !== null && !isLevel(level)) throw new DocError('invalid', `level ${level} is not 0–4`);
  edit(doc, () => {
    if (people(doc).get(who.id) !== who.name) people(doc).set(who.id, who.name);
    const key = `${aspect}/${who.id}`;
    if (level === null) ratings(doc).delete(key);
    else ratings(doc).set(key, level);
  });
}

/** Shows (or hides again) everyone's ratings of the aspects given. */
export function revealAspects(doc: Y.Doc, aspects: readonly Aspect[], revealed = true): void {
  edit(doc, () => {
    for (const a of aspects) rounds(doc).set(`${a}.revealed`, revealed);
  });
}

/** Sets the level the group agreed on for `aspect` (null clears it). */
export function setAgreedLevel(doc: Y.Doc, aspect: Aspect, level: Level | null): void {
  if (level !== null && !isLevel(level)) throw new DocError('invalid', `level ${level} is not 0–4`);
  edit(doc, () => {
    if (level === null) rounds(doc).delete(`${aspect}.agreed`);
    else rounds(doc).set(`${aspect}.agreed`, level);
  });
}

export type RoadmapPatch = Partial<Omit<RoadmapItem, 'id' | 'order'>>;

function writeItem(item: Y.Map<unknown>, patch: RoadmapPatch): void {
  if (patch.status !== undefined && !isRoadmapStatus(patch.status))
    throw new DocError('invalid', `unknown status ${String(patch.status)}`);
  if (patch.quarter !== undefined && !/^\d{4}-Q[1-4]$/.test(patch.quarter))
    throw new DocError('invalid', `a quarter looks like 2027-Q1, not ${patch.quarter}`);
  for (const key of ['quarter', 'goal', 'measure', 'owner', 'status'] as const) {
    const value = patch[key];
    if (value !== undefined) item.set(key, value);
  }
  if (patch.aspect !== undefined) {
    if (patch.aspect === null) item.delete('aspect');
    else item.set('aspect', patch.aspect);
  }
}

/** Adds a roadmap goal at the end; returns its id. */
export function addRoadmapItem(
  doc: Y.Doc,
  init: RoadmapPatch & { quarter: string; goal: string },
): string {
  const id = newId();
  // after every goal of every quarter, so a new goal ends its quarter
  const orders = readRoadmap(doc).map((i) => i.order);
  const last = orders.length ? orders.reduce((a, b) => (a > b ? a : b)) : null;
  edit(doc, () => {
    const item = new Y.Map<unknown>();
    roadmap(doc).set(id, item);
    item.set('order', keyBetween(last, null));
    writeItem(item, { measure: '', owner: '', status: 'planned', ...init });
  });
  return id;
}

/** Changes fields of a roadmap goal (unknown ids are an error). */
export function updateRoadmapItem(doc: Y.Doc, id: string, patch: RoadmapPatch): void {
  const item = roadmap(doc).get(id);
  if (!(item instanceof Y.Map)) throw new DocError('not-found', `no roadmap item ${id}`);
  edit(doc, () => writeItem(item as Y.Map<unknown>, patch));
}

/** Removes a roadmap goal. */
export function deleteRoadmapItem(doc: Y.Doc, id: string): void {
  edit(doc, () => roadmap(doc).delete(id));
}

const str = (m: Y.Map<unknown>, key: string) => {
  const v = m.get(key);
  return typeof v === 'string' ? v : '';
};

function readRoadmap(doc: Y.Doc): RoadmapItem[] {
  const items: RoadmapItem[] = [];
  roadmap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const m = value as Y.Map<unknown>;
    const status = m.get('status');
    const aspect = m.get('aspect');
    items.push({
      id,
      quarter: str(m, 'quarter'),
      goal: str(m, 'goal'),
      measure: str(m, 'measure'),
      owner: str(m, 'owner'),
      status: isRoadmapStatus(status) ? status : ('planned' as RoadmapStatus),
      aspect: isAspect(aspect) ? aspect : null,
      order: str(m, 'order'),
    });
  });
  return items.sort(
    (a, b) =>
      a.quarter.localeCompare(b.quarter) ||
      (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1),
  );
}

/** The check as immutable data (null when `doc` holds no check). */
export function maturitySnapshot(doc: Y.Doc): MaturityCheck | null {
  if (!isMaturityDoc(doc)) return null;
  const m = meta(doc);
  const byAspect = Object.fromEntries(ASPECTS.map((a) => [a, {} as Record<string, Level>]));
  ratings(doc).forEach((value, key) => {
    const slash = key.indexOf('/');
    const aspect = key.slice(0, slash);
    if (slash > 0 && isAspect(aspect) && isLevel(value))
      byAspect[aspect]![key.slice(slash + 1)] = value;
  });
  const r = rounds(doc);
  const aspects = Object.fromEntries(
    ASPECTS.map((a): [Aspect, AspectRound] => {
      const agreed = r.get(`${a}.agreed`);
      return [
        a,
        {
          ratings: byAspect[a]!,
          revealed: r.get(`${a}.revealed`) === true,
          agreed: isLevel(agreed) ? agreed : null,
        },
      ];
    }),
  ) as Record<Aspect, AspectRound>;
  const participants: Record<string, string> = {};
  people(doc).forEach((name, id) => {
    if (typeof name === 'string') participants[id] = name;
  });
  const previousId = m.get('previousId');
  return {
    id: str(m, 'id'),
    title: str(m, 'title'),
    createdAt: str(m, 'createdAt'),
    facilitatorId: str(m, 'facilitatorId'),
    previousId: typeof previousId === 'string' ? previousId : null,
    participants,
    aspects,
    roadmap: readRoadmap(doc),
  };
}

/** Calls `listener` after every change of the check (local or remote); returns the stop function. */
export function observeMaturity(doc: Y.Doc, listener: () => void): () => void {
  doc.on('afterTransaction', listener);
  return () => doc.off('afterTransaction', listener);
}
