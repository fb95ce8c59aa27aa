/**
 * The immutable view of one map that React, the canvas and the exports read.
 * Produced by the document layer (`src/doc/snapshot.ts`) from the Y.Doc; pure data.
 *
 * Identity contract: when the document changes, every card, lane, phase and
 * action object whose content did not change is the SAME object (===) in the
 * next snapshot, so memoised components re-render only what changed.
 */
import type { Action, Card, Comment, Id, JourneyMap, Lane, Phase } from './types';

/** Map-level fields: everything of a JourneyMap but its collections. */
export type MapMeta = Omit<JourneyMap, 'phases' | 'lanes' | 'cards' | 'actions'>;

/** A comment with its document id and whether it was resolved. */
export type CommentView = Comment & { readonly id: Id; readonly resolved: boolean };

export type PhaseView = Phase & {
  /** fractional index; phases sort by (order, id) */
  readonly order: string;
  readonly deleted: boolean;
};

export type LaneView = Lane & { readonly order: string; readonly deleted: boolean };

export type CardView = Omit<Card, 'votes' | 'comments'> & {
  /** fractional index; cards of one cell sort by (order, id) */
  readonly order: string;
  /** total of all voters' dots; `undefined` when the card never had a vote field */
  readonly votes: number | undefined;
  /** dots per voter id; concurrent voters add up */
  readonly votesBy: Readonly<Record<string, number>>;
  readonly comments: readonly CommentView[];
  /** the card's file listed `"comments": []`; export writes the empty list back */
  readonly commentsListed?: true;
  readonly deleted: boolean;
};

export type ActionView = Action & { readonly order: string };

export interface MapSnapshot {
  readonly meta: MapMeta;
  /** live phases, left to right */
  readonly phases: readonly PhaseView[];
  /** live lanes, top to bottom */
  readonly lanes: readonly LaneView[];
  /** soft-deleted phases and lanes, for the restore UI */
  readonly deletedPhases: readonly PhaseView[];
  readonly deletedLanes: readonly LaneView[];
  /** every card that is not deleted, by id (including cards inside deleted phases/lanes) */
  readonly cards: ReadonlyMap<Id, CardView>;
  /** live cards per cell, key `cellKey(laneId, phaseId)`, in cell order */
  readonly cells: ReadonlyMap<string, readonly CardView[]>;
  /** soft-deleted cards, for the restore UI */
  readonly deletedCards: readonly CardView[];
  readonly actions: readonly ActionView[];
  /** the map's file listed `"actions": []`; export writes the empty list back */
  readonly actionsListed?: true;
}

/** The key of a cell (lane × phase) in `MapSnapshot.cells`. */
export function cellKey(laneId: Id, phaseId: Id): string {
  return `${laneId}\u0000${phaseId}`;
}
