/**
 * The KPI status of the insights rows (interfaces.md): `noData` without a
 * measurement; `reached` when the latest measurement meets the target in the
 * KPI's direction; otherwise the latest measurement against the baseline —
 * `improving`, `unchanged` or `worsening`. Without a baseline the first
 * measurement is the reference (one measurement alone is `unchanged`).
 */
import type { Kpi, Measurement } from '../types';
import type { KpiTrend } from './types';

/** The measurement with the latest date (the later entry on equal dates), or undefined. */
export function latestMeasurement(kpi: Kpi): Measurement | undefined {
  let latest: Measurement | undefined;
  for (const m of kpi.measurements ?? [])
    if (latest === undefined || m.date >= latest.date) latest = m;
  return latest;
}

/** The earliest measurement (the earlier entry on equal dates). */
function firstMeasurement(kpi: Kpi): Measurement | undefined {
  let first: Measurement | undefined;
  for (const m of kpi.measurements ?? []) if (first === undefined || m.date < first.date) first = m;
  return first;
}

/** Positive when `a` is better than `b` in the KPI's direction. */
function better(kpi: Kpi, a: number, b: number): number {
  return kpi.direction === 'higherIsBetter' ? a - b : b - a;
}

export function kpiTrend(kpi: Kpi): KpiTrend {
  const latest = latestMeasurement(kpi);
  if (latest === undefined) return 'noData';
  if (kpi.target !== undefined && better(kpi, latest.value, kpi.target.value) >= 0)
    return 'reached';
  const reference = kpi.baseline ?? firstMeasurement(kpi);
  if (reference === undefined) return 'unchanged';
  const delta = better(kpi, latest.value, reference.value);
  return delta > 0 ? 'improving' : delta < 0 ? 'worsening' : 'unchanged';
}

/** Baseline and measurements by date, for a sparkline. */
export function kpiSeries(kpi: Kpi): Measurement[] {
  const points = [...(kpi.baseline ? [kpi.baseline] : []), ...(kpi.measurements ?? [])];
  return points
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.date < b.m.date ? -1 : a.m.date > b.m.date ? 1 : a.i - b.i))
    .map((e) => e.m);
}
