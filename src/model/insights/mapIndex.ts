/** Lookups over one format-v1 map that every row kind needs. */
import type { Card, Id, JourneyMap, LaneType, Phase } from '../types';

export interface MapIndex {
  readonly map: JourneyMap;
  readonly laneType: ReadonlyMap<Id, LaneType>;
  readonly phase: ReadonlyMap<Id, Phase>;
  readonly phaseOrder: ReadonlyMap<Id, number>;
  readonly card: ReadonlyMap<Id, Card>;
  /** file position of each card */
  readonly position: ReadonlyMap<Id, number>;
  /** links in both directions: a card "relates to" a card that links it too */
  readonly related: ReadonlyMap<Id, ReadonlySet<Id>>;
}

/** Builds the lookups; dangling ids (a link to a card that is gone) are ignored. */
export function indexMap(map: JourneyMap): MapIndex {
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type] as const));
  const phase = new Map(map.phases.map((p) => [p.id, p] as const));
  const phaseOrder = new Map(map.phases.map((p, i) => [p.id, i] as const));
  const card = new Map<Id, Card>();
  for (const c of map.cards) if (laneType.has(c.laneId) && phase.has(c.phaseId)) card.set(c.id, c);
  const position = new Map(map.cards.map((c, i) => [c.id, i] as const));
  const related = new Map<Id, Set<Id>>();
  const relate = (a: Id, b: Id) => {
    let set = related.get(a);
    if (!set) related.set(a, (set = new Set()));
    set.add(b);
  };
  for (const c of card.values()) {
    for (const other of c.links ?? []) {
      if (other === c.id || !card.has(other)) continue;
      relate(c.id, other);
      relate(other, c.id);
    }
  }
  return { map, laneType, phase, phaseOrder, card, position, related };
}

/** Cards of one lane type, in phase order, then file order. */
export function cardsOfType(ix: MapIndex, type: LaneType): Card[] {
  return [...ix.card.values()]
    .filter((c) => ix.laneType.get(c.laneId) === type)
    .map((c, i) => ({ c, i, p: ix.phaseOrder.get(c.phaseId) ?? 0 }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((e) => e.c);
}

/** The cards related to `card` that are in a lane of `type`, in file order. */
export function relatedOfType(ix: MapIndex, cardId: Id, type: LaneType): Card[] {
  const ids = ix.related.get(cardId);
  if (!ids) return [];
  const out: Card[] = [];
  for (const id of ids) {
    const c = ix.card.get(id);
    if (c && ix.laneType.get(c.laneId) === type) out.push(c);
  }
  return out.sort((a, b) => (ix.position.get(a.id) ?? 0) - (ix.position.get(b.id) ?? 0));
}

/** Fields every card row starts with. */
export function cardHead(ix: MapIndex, c: Card) {
  return {
    mapId: ix.map.id,
    mapTitle: ix.map.title,
    phaseId: c.phaseId,
    phaseName: ix.phase.get(c.phaseId)?.name ?? '',
    cardId: c.id,
    text: c.text,
  };
}

/** Distinct non-empty strings, in first-seen order. */
export function distinct(values: Iterable<string | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values) if (v !== undefined && v.trim() !== '') out.add(v);
  return [...out];
}

/** Today as YYYY-MM-DD (UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
