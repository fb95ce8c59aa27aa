/**
 * Y.Doc -> immutable MapSnapshot, kept up to date incrementally. observeDeep
 * tells which entity ids a transaction touched; only those views are rebuilt,
 * and every untouched card/lane/phase/action object, cell array and list keeps
 * its identity (===), so memoised components skip work.
 */
import type * as Y from 'yjs';
import {
  cellKey,
  type ActionView,
  type CardView,
  type LaneView,
  type MapSnapshot,
  type PhaseView,
} from '../model/snapshot';
import type { Id } from '../model/types';
import {
  actionsRoot,
  cardsRoot,
  getEntity,
  keptEmpty,
  lanesRoot,
  metaMap,
  phasesRoot,
  stampRoot,
} from './roots';
import { readPlace } from './cardlayout';
import { sortOrdered } from './order';
import { readAction, readCard, readLane, readMeta, readPhase } from './views';
import type { CardPlace, PlaceCard } from './views';

/** For React's useSyncExternalStore: a snapshot that changes identity only when content does. */
export interface SnapshotStore {
  getSnapshot(): MapSnapshot;
  /** `fn` runs after every transaction that changed the map; returns unsubscribe. */
  subscribe(fn: () => void): () => void;
  destroy(): void;
}

type Dirty = { meta: boolean; phases: Set<Id>; lanes: Set<Id>; cards: Set<Id>; actions: Set<Id> };

const emptyDirty = (): Dirty => ({
  meta: false,
  phases: new Set(),
  lanes: new Set(),
  cards: new Set(),
  actions: new Set(),
});

const isDirty = (d: Dirty): boolean =>
  d.meta || d.phases.size > 0 || d.lanes.size > 0 || d.cards.size > 0 || d.actions.size > 0;

/** Live and deleted entries sorted; with no live phase left, the first deleted one counts as live. */
function splitStructure<T extends PhaseView | LaneView>(
  views: Iterable<T>,
  keepOne: boolean,
): [T[], T[]] {
  const all = sortOrdered([...views]);
  const live = all.filter((v) => !v.deleted);
  const gone = all.filter((v) => v.deleted);
  // Two peers deleting the last two phases at once would leave none, which no
  // file allows; every peer then shows the same first deleted phase instead.
  if (keepOne && live.length === 0 && gone.length > 0) {
    const first = gone.shift() as T;
    live.push({ ...first, deleted: false });
  }
  return [live, gone];
}

class IncrementalSnapshot {
  private readonly phaseViews = new Map<Id, PhaseView>();
  private readonly laneViews = new Map<Id, LaneView>();
  private readonly cardViews = new Map<Id, CardView>();
  private readonly actionViews = new Map<Id, ActionView>();
  /** cards whose stored lane or phase does not exist (shown in a fallback place) */
  private readonly stranded = new Set<Id>();
  /** live card ids per cell key */
  private readonly cellIds = new Map<string, Set<Id>>();
  private current: MapSnapshot;

  constructor(private readonly doc: Y.Doc) {
    const all = emptyDirty();
    all.meta = true;
    phasesRoot(doc).forEach((_v, id) => all.phases.add(id));
    lanesRoot(doc).forEach((_v, id) => all.lanes.add(id));
    cardsRoot(doc).forEach((_v, id) => all.cards.add(id));
    actionsRoot(doc).forEach((_v, id) => all.actions.add(id));
    this.current = this.build(all, undefined);
  }

  get snapshot(): MapSnapshot {
    return this.current;
  }

  apply(dirty: Dirty): void {
    if (isDirty(dirty)) this.current = this.build(dirty, this.current);
  }

  /**
   * A card whose lane or phase does not exist at all (a concurrent undo removed
   * a just-added phase, or an undo race left the field empty) would be invisible
   * and unreachable. It shows in the first live lane/phase instead, the same on
   * every peer, where the user can see it and move it.
   */
  private place(
    laneId: Id | undefined,
    phaseId: Id | undefined,
    lanes: readonly LaneView[],
    deletedLanes: readonly LaneView[],
    phases: readonly PhaseView[],
  ): CardPlace {
    const lane =
      (laneId === undefined ? undefined : this.laneViews.get(laneId)) ??
      lanes[0] ??
      deletedLanes[0];
    const phaseOk = phaseId !== undefined && this.phaseViews.has(phaseId);
    return {
      laneId: lane?.id ?? laneId ?? '',
      phaseId: phaseOk ? phaseId : (phases[0]?.id ?? phaseId ?? ''),
      laneType: lane?.type,
    };
  }

  private isStranded(map: Y.Map<unknown> | undefined): boolean {
    if (!map) return false;
    const { laneId, phaseId } = readPlace(map);
    return (
      laneId === undefined ||
      !this.laneViews.has(laneId) ||
      phaseId === undefined ||
      !this.phaseViews.has(phaseId)
    );
  }

  private refresh<T>(
    views: Map<Id, T>,
    root: Y.Map<unknown>,
    ids: Set<Id>,
    read: (id: Id, m: Y.Map<unknown>) => T,
  ): void {
    for (const id of ids) {
      const map = getEntity(root, id);
      if (map) views.set(id, read(id, map));
      else views.delete(id);
    }
  }

  private build(dirty: Dirty, prev: MapSnapshot | undefined): MapSnapshot {
    const doc = this.doc;
    const meta = dirty.meta || !prev ? readMeta(metaMap(doc), stampRoot(doc)) : prev.meta;
    const actionsListed =
      dirty.meta || !prev
        ? keptEmpty(metaMap(doc)).includes('actions')
        : prev.actionsListed === true;

    let phases = prev?.phases ?? [];
    let deletedPhases = prev?.deletedPhases ?? [];
    const knownPhases = new Set(this.phaseViews.keys());
    if (dirty.phases.size > 0 || !prev) {
      this.refresh(this.phaseViews, phasesRoot(doc), dirty.phases, readPhase);
      [phases, deletedPhases] = splitStructure(this.phaseViews.values(), true);
    }

    let lanes = prev?.lanes ?? [];
    let deletedLanes = prev?.deletedLanes ?? [];
    const knownLanes = new Set(this.laneViews.keys());
    if (dirty.lanes.size > 0 || !prev) {
      this.refresh(this.laneViews, lanesRoot(doc), dirty.lanes, readLane);
      [lanes, deletedLanes] = splitStructure(this.laneViews.values(), false);
    }
    if (dirty.lanes.size > 0 || dirty.phases.size > 0) {
      // Cards must be read again when their lane or phase appears or vanishes
      // (a lane's type decides which fields show), and stranded cards whenever
      // the structure changes, as their fallback place may have moved.
      const appeared = (ids: Set<Id>, views: Map<Id, unknown>, known: Set<Id>): Set<Id> =>
        new Set([...ids].filter((id) => known.has(id) !== views.has(id)));
      const laneIds = appeared(dirty.lanes, this.laneViews, knownLanes);
      const phaseIds = appeared(dirty.phases, this.phaseViews, knownPhases);
      for (const id of this.stranded) dirty.cards.add(id);
      if (laneIds.size > 0 || phaseIds.size > 0) {
        for (const card of this.cardViews.values()) {
          if (laneIds.has(card.laneId) || phaseIds.has(card.phaseId)) dirty.cards.add(card.id);
        }
      }
    }
    const place: PlaceCard = (laneId, phaseId) =>
      this.place(laneId, phaseId, lanes, deletedLanes, phases);

    let cards = prev?.cards ?? new Map<Id, CardView>();
    let cells = prev?.cells ?? new Map<string, readonly CardView[]>();
    let deletedCards = prev?.deletedCards ?? [];
    if (dirty.cards.size > 0 || !prev) {
      const nextCards = new Map(cards);
      const touchedCells = new Set<string>();
      let deletedChanged = !prev;
      const root = cardsRoot(doc);
      for (const id of dirty.cards) {
        const old = this.cardViews.get(id);
        const map = getEntity(root, id);
        const view = map ? readCard(id, map, place) : undefined;
        if (view && this.isStranded(map)) this.stranded.add(id);
        else this.stranded.delete(id);
        if (old && !old.deleted) {
          const key = cellKey(old.laneId, old.phaseId);
          this.cellIds.get(key)?.delete(id);
          touchedCells.add(key);
        }
        if (old?.deleted || view?.deleted) deletedChanged = true;
        if (view) this.cardViews.set(id, view);
        else this.cardViews.delete(id);
        if (view && !view.deleted) {
          const key = cellKey(view.laneId, view.phaseId);
          let set = this.cellIds.get(key);
          if (!set) this.cellIds.set(key, (set = new Set()));
          set.add(id);
          touchedCells.add(key);
          nextCards.set(id, view);
        } else nextCards.delete(id);
      }
      const nextCells = new Map(cells);
      for (const key of touchedCells) {
        const ids = this.cellIds.get(key);
        if (!ids || ids.size === 0) {
          this.cellIds.delete(key);
          nextCells.delete(key);
          continue;
        }
        nextCells.set(key, sortOrdered([...ids].map((id) => this.cardViews.get(id) as CardView)));
      }
      cards = nextCards;
      cells = nextCells;
      if (deletedChanged) {
        deletedCards = sortOrdered([...this.cardViews.values()].filter((c) => c.deleted));
      }
    }

    let actions = prev?.actions ?? [];
    if (dirty.actions.size > 0 || !prev) {
      this.refresh(this.actionViews, actionsRoot(doc), dirty.actions, readAction);
      actions = sortOrdered([...this.actionViews.values()]);
    }

    return {
      meta,
      phases,
      lanes,
      deletedPhases,
      deletedLanes,
      cards,
      cells,
      deletedCards,
      actions,
      ...(actionsListed ? { actionsListed: true as const } : {}),
    };
  }
}

/** The snapshot of a doc right now (no subscription). */
export function buildSnapshot(doc: Y.Doc): MapSnapshot {
  return new IncrementalSnapshot(doc).snapshot;
}

function collect(
  root: Y.Map<unknown>,
  target: Set<Id>,
  events: Y.YEvent<Y.AbstractType<unknown>>[],
): void {
  for (const event of events) {
    if (event.target === root) {
      for (const key of event.changes.keys.keys()) target.add(key);
    } else {
      const first = event.path[0];
      if (typeof first === 'string') target.add(first);
    }
  }
}

/**
 * A store that follows the doc: observeDeep collects the ids each transaction
 * touched, the next getSnapshot() rebuilds just those, listeners hear once per
 * transaction.
 */
export function createSnapshotStore(doc: Y.Doc): SnapshotStore {
  const state = new IncrementalSnapshot(doc);
  let dirty = emptyDirty();
  const listeners = new Set<() => void>();
  const roots = {
    phases: phasesRoot(doc),
    lanes: lanesRoot(doc),
    cards: cardsRoot(doc),
    actions: actionsRoot(doc),
  } as const;
  const meta = metaMap(doc);
  const stamp = stampRoot(doc);
  // set by observers, so only transactions that changed the map notify
  let touched = false;
  const onMeta = (): void => {
    dirty.meta = true;
    touched = true;
  };
  meta.observeDeep(onMeta);
  stamp.observe(onMeta);
  const observers = (Object.keys(roots) as (keyof typeof roots)[]).map((name) => {
    const root = roots[name];
    const fn = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      collect(root, dirty[name], events);
      touched = true;
    };
    root.observeDeep(fn);
    return () => root.unobserveDeep(fn);
  });
  const afterTransaction = (): void => {
    if (!touched) return;
    touched = false;
    for (const fn of [...listeners]) fn();
  };
  doc.on('afterTransaction', afterTransaction);
  return {
    getSnapshot() {
      if (isDirty(dirty)) {
        const work = dirty;
        dirty = emptyDirty();
        state.apply(work);
      }
      return state.snapshot;
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy() {
      meta.unobserveDeep(onMeta);
      stamp.unobserve(onMeta);
      for (const off of observers) off();
      doc.off('afterTransaction', afterTransaction);
      listeners.clear();
    },
  };
}
