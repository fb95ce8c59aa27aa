/** KPI status, derived from the KPI's data (never stored). */
import type { Kpi } from './types';

export type KpiStatus = 'not-measured' | 'on-target' | 'off-target';

/**
 * The most recent value: the measurement with the latest date (the later entry
 * on equal dates), else the baseline; `undefined` when nothing was measured.
 */
export function latestValue(kpi: Kpi): number | undefined {
  let latest = kpi.baseline;
  // measurements should be sorted, but a date comparison does not depend on it
  for (const m of kpi.measurements ?? []) {
    if (latest === undefined || m.date >= latest.date) latest = m;
  }
  return latest?.value;
}

/**
 * "not measured" without a baseline (and, as there is nothing to be on, without a
 * target); otherwise the latest value against the target in the KPI's direction.
 * Reaching the target exactly counts as on target.
 */
export function kpiStatus(kpi: Kpi): KpiStatus {
  if (kpi.baseline === undefined || kpi.target === undefined) return 'not-measured';
  const value = latestValue(kpi);
  if (value === undefined) return 'not-measured';
  const reached =
    kpi.direction === 'higherIsBetter' ? value >= kpi.target.value : value <= kpi.target.value;
  return reached ? 'on-target' : 'off-target';
}
