/**
 * The rules of format v1 that a JSON Schema cannot state: unique ids, cross
 * references, fields by lane type, sorted measurements. They run on data that
 * may be only partly valid, so every access is guarded: a broken part is
 * reported once by the schema and skipped here.
 */
import { isRecord, show } from './schema';
import type { IssueSink, PathSegment } from './schema';
import { LANE_FIELDS, LANE_TYPES } from './types';
import type { LaneField } from './types';

/** "a" or "an" before a lane type name ("an emotions lane"). */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

const KNOWN_LANE_TYPES: ReadonlySet<string> = new Set(LANE_TYPES);
const LANE_FIELD_NAMES = Object.keys(LANE_FIELDS) as LaneField[];

function entries(value: unknown): [number, Record<string, unknown>][] {
  if (!Array.isArray(value)) return [];
  const out: [number, Record<string, unknown>][] = [];
  value.forEach((item: unknown, i) => {
    if (isRecord(item)) out.push([i, item]);
  });
  return out;
}

/** Maps id -> index and reports duplicates within one collection. */
function indexIds(
  collection: string,
  noun: string,
  value: unknown,
  sink: IssueSink,
): Map<string, number> {
  const seen = new Map<string, number>();
  for (const [i, item] of entries(value)) {
    const id = item.id;
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first !== undefined) {
      sink.add(
        [collection, i, 'id'],
        `${noun} id ${show(id)} is already used by ${collection}[${first}]`,
      );
    } else {
      seen.set(id, i);
    }
  }
  return seen;
}

function checkReference(
  path: PathSegment[],
  value: unknown,
  known: ReadonlyMap<string, number>,
  noun: string,
  sink: IssueSink,
): void {
  if (typeof value === 'string' && !known.has(value)) sink.add(path, `no ${noun} ${show(value)}`);
}

/** Lane-type fields: allowed only on their lane type; `score`/`kpi` required there. */
function checkLaneFields(
  card: Record<string, unknown>,
  path: PathSegment[],
  lane: Record<string, unknown>,
  sink: IssueSink,
): void {
  const type = lane.type;
  // an unknown lane type is already reported on the lane; guessing here would only add noise
  if (typeof type !== 'string' || !KNOWN_LANE_TYPES.has(type)) return;
  const laneName = typeof lane.id === 'string' ? ` ${show(lane.id)}` : '';
  for (const field of LANE_FIELD_NAMES) {
    const owner = LANE_FIELDS[field];
    if (card[field] !== undefined && owner !== type) {
      sink.add(
        [...path, field],
        `is only allowed on cards in ${article(owner)} ${owner} lane; this card is in the ${type} lane${laneName}`,
      );
    }
  }
  if (type === 'emotions' && card.score === undefined) {
    sink.add(
      [...path, 'score'],
      'is required on a card in an emotions lane (an integer from -3 to +3)',
    );
  }
  if (type === 'kpis' && card.kpi === undefined) {
    sink.add([...path, 'kpi'], 'is required on a card in a kpis lane (at least its direction)');
  }
}

function checkMeasurementOrder(kpi: unknown, path: PathSegment[], sink: IssueSink): void {
  if (!isRecord(kpi)) return;
  let previous: string | undefined;
  for (const [i, m] of entries(kpi.measurements)) {
    const date = m.date;
    if (typeof date !== 'string') continue;
    // ISO full-dates compare correctly as strings
    if (previous !== undefined && date < previous) {
      sink.add(
        [...path, 'measurements', i, 'date'],
        `measurements must be sorted by date, but ${date} comes after ${previous}`,
      );
    }
    if (previous === undefined || date > previous) previous = date;
  }
}

/** Checks every cross-collection rule of format v1 and reports into `sink`. */
export function checkMapRules(map: Record<string, unknown>, sink: IssueSink): void {
  const phases = indexIds('phases', 'phase', map.phases, sink);
  const lanes = indexIds('lanes', 'lane', map.lanes, sink);
  const cards = indexIds('cards', 'card', map.cards, sink);
  indexIds('actions', 'action', map.actions, sink);
  const laneList = Array.isArray(map.lanes) ? (map.lanes as unknown[]) : [];

  for (const [i, card] of entries(map.cards)) {
    if (sink.full) return;
    const path: PathSegment[] = ['cards', i];
    checkReference([...path, 'laneId'], card.laneId, lanes, 'lane', sink);
    checkReference([...path, 'phaseId'], card.phaseId, phases, 'phase', sink);
    if (Array.isArray(card.links)) {
      card.links.forEach((link: unknown, j) => {
        checkReference([...path, 'links', j], link, cards, 'card', sink);
      });
    }
    const laneIndex = typeof card.laneId === 'string' ? lanes.get(card.laneId) : undefined;
    const lane = laneIndex === undefined ? undefined : laneList[laneIndex];
    if (isRecord(lane)) checkLaneFields(card, path, lane, sink);
    checkMeasurementOrder(card.kpi, [...path, 'kpi'], sink);
  }

  for (const [i, action] of entries(map.actions)) {
    if (sink.full) return;
    if (!Array.isArray(action.cardIds)) continue;
    action.cardIds.forEach((cardId: unknown, j) => {
      checkReference(['actions', i, 'cardIds', j], cardId, cards, 'card', sink);
    });
  }
}
