/**
 * Snapshot / doc -> format v1. Only what a file can hold leaves: live phases and
 * lanes, live cards in live cells (in stored order), links and action card ids
 * that point at exported cards. Document-internal fields (order, deleted,
 * per-voter votes, comment ids) are dropped; a resolved comment carries
 * `"x-resolved": true` (an open one keeps whatever other `x-resolved` value its
 * file had). Empty lists a file had (`"links": []`) come back as they were.
 */
import type * as Y from 'yjs';
import type { CardView, MapSnapshot } from '../model/snapshot';
import type { Action, Card, Comment, Id, JourneyMap, Lane, Phase } from '../model/types';
import { sortOrdered } from './order';
import { buildSnapshot } from './snapshot';

function toCard(view: CardView, exported: ReadonlySet<Id>): Card {
  const {
    order: _o,
    votes,
    votesBy: _v,
    comments,
    commentsListed,
    deleted: _d,
    links,
    ...rest
  } = view;
  const card: Record<string, unknown> = { ...rest };
  if (votes !== undefined) card.votes = votes;
  if (links !== undefined) {
    // a list that only pointed at cards that are not exported goes away whole
    const liveLinks = links.filter((id) => exported.has(id));
    if (liveLinks.length > 0 || links.length === 0) card.links = liveLinks;
  }
  if (comments.length === 0 && commentsListed === true) card.comments = [];
  if (comments.length > 0) {
    card.comments = comments.map(({ id: _id, resolved, ...comment }): Comment =>
      resolved ? { ...comment, 'x-resolved': true } : comment,
    );
  }
  return card as Card;
}

/** A snapshot as a format v1 map (pure; `updatedAt` as stored). */
export function snapshotToMap(s: MapSnapshot): JourneyMap {
  const phases: Phase[] = s.phases.map(({ order: _o, deleted: _d, ...phase }) => phase);
  const lanes: Lane[] = s.lanes.map(({ order: _o, deleted: _d, ...lane }) => lane);
  const livePhases = new Set(phases.map((p) => p.id));
  const liveLanes = new Set(lanes.map((l) => l.id));
  // One global order per card: sorting all exported cards by (order, id) gives
  // every cell its own order and the file a deterministic one.
  const views = sortOrdered(
    [...s.cards.values()].filter((c) => livePhases.has(c.phaseId) && liveLanes.has(c.laneId)),
  );
  const exported = new Set(views.map((c) => c.id));
  const cards = views.map((c) => toCard(c, exported));
  const map: Record<string, unknown> = { ...s.meta, phases, lanes, cards };
  if (s.actions.length > 0 || s.actionsListed === true) {
    map.actions = s.actions.map(({ order: _o, cardIds, ...action }): Action => ({
      ...action,
      cardIds: cardIds.filter((id) => exported.has(id)),
    }));
  }
  return map as JourneyMap;
}

/**
 * The doc as a format v1 map, cards in stored order. `updatedAt` comes from the
 * doc; `now` fills it (and createdAt) only when the doc never had one.
 */
export function exportMap(doc: Y.Doc, now?: Date): JourneyMap {
  const map = snapshotToMap(buildSnapshot(doc));
  const stamp = (now ?? new Date()).toISOString();
  if (map.updatedAt !== '' && map.createdAt !== '') return map;
  return {
    ...map,
    createdAt: map.createdAt === '' ? stamp : map.createdAt,
    updatedAt: map.updatedAt === '' ? stamp : map.updatedAt,
  };
}
