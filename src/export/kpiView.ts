/**
 * The figures every export shows for a KPI card. Latest value and status come
 * from the model (`src/model/kpi.ts`) so the board, the canvas and the exports agree.
 */
import { kpiStatus, latestValue, type KpiStatus } from '../model/kpi';
import type { IsoDate, Kpi } from '../model/types';
import type { KpiStatusKey } from './labels';

export interface KpiFacts {
  readonly baseline: number | undefined;
  readonly latest: number | undefined;
  readonly target: number | undefined;
  readonly baselineDate: IsoDate | undefined;
  /** the date of the measurement `latest` comes from */
  readonly latestDate: IsoDate | undefined;
  readonly targetDate: IsoDate | undefined;
  readonly status: KpiStatusKey;
  /** the model's status value (`on-target`), for machine-readable exports */
  readonly statusCode: KpiStatus;
}

const STATUS_KEY: Readonly<Record<KpiStatus, KpiStatusKey>> = {
  'not-measured': 'notMeasured',
  'on-target': 'onTarget',
  'off-target': 'offTarget',
};

/** The date of the measurement that `latestValue` picks (latest date, later entry on a tie). */
function latestDate(kpi: Kpi): IsoDate | undefined {
  let latest = kpi.baseline;
  for (const m of kpi.measurements ?? [])
    if (latest === undefined || m.date >= latest.date) latest = m;
  return latest?.date;
}

/** Baseline, latest, target (with their dates) and status of a KPI. */
export function kpiFacts(kpi: Kpi): KpiFacts {
  const status = kpiStatus(kpi);
  return {
    baseline: kpi.baseline?.value,
    latest: latestValue(kpi),
    target: kpi.target?.value,
    baselineDate: kpi.baseline?.date,
    latestDate: latestDate(kpi),
    targetDate: kpi.target?.date,
    status: STATUS_KEY[status],
    statusCode: status,
  };
}
