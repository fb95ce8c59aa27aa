/**
 * A rating round: each participant rates each aspect alone; the spread and median
 * of their levels help the group agree on one level per aspect. And the comparison
 * of a check's agreed levels with the previous check's. Pure.
 */
import { ASPECTS, type Aspect, type Level } from './levels';

/** One aspect's ratings summed up (null fields when nobody rated it). */
export interface RatingSummary {
  readonly count: number;
  readonly min: Level | null;
  readonly max: Level | null;
  /** max − min: 0 means everyone agrees */
  readonly spread: number | null;
  /** the middle level; the mean of the two middle ones for an even count */
  readonly median: number | null;
  /** how many participants chose each level 0–4 */
  readonly histogram: readonly [number, number, number, number, number];
}

/** Sums up the levels several people gave one aspect. */
export function summarizeRatings(levels: readonly Level[]): RatingSummary {
  const histogram: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const l of levels) histogram[l]++;
  if (levels.length === 0) {
    return { count: 0, min: null, max: null, spread: null, median: null, histogram };
  }
  const sorted = [...levels].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: levels.length, min, max, spread: max - min, median, histogram };
}

/** Ratings of one aspect: participant id → level. */
export type AspectRatings = Readonly<Record<string, Level>>;

/** Summaries of every aspect. */
export function summarizeAll(
  ratings: Partial<Record<Aspect, AspectRatings>>,
): Record<Aspect, RatingSummary> {
  const out = {} as Record<Aspect, RatingSummary>;
  for (const a of ASPECTS) out[a] = summarizeRatings(Object.values(ratings[a] ?? {}));
  return out;
}

export interface AspectChange {
  readonly aspect: Aspect;
  readonly previous: Level | null;
  readonly current: Level | null;
  /** current − previous; null when either is missing */
  readonly delta: number | null;
}

/** Agreed levels now against the previous check's, aspect by aspect. */
export function compareChecks(
  current: Partial<Record<Aspect, Level>>,
  previous: Partial<Record<Aspect, Level>>,
): AspectChange[] {
  return ASPECTS.map((aspect) => {
    const now = current[aspect] ?? null;
    const before = previous[aspect] ?? null;
    return {
      aspect,
      previous: before,
      current: now,
      delta: now === null || before === null ? null : now - before,
    };
  });
}
