import type { CardView, LaneView } from '../../model/snapshot';

/** A one-line name for a card in lists: its first line, shortened. */
export function cardTitle(card: Pick<CardView, 'text'>, emptyLabel: string): string {
  const first = card.text.trim().split('\n', 1)[0] ?? '';
  if (!first) return emptyLabel;
  return first.length > 60 ? `${first.slice(0, 59)}…` : first;
}

/** Lane names by id, for "card text — lane" labels. */
export function laneNames(lanes: readonly LaneView[]): ReadonlyMap<string, string> {
  return new Map(lanes.map((l) => [l.id, l.name]));
}
