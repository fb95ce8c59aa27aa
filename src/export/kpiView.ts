/**
 * The four numbers every export shows for a KPI card. Latest value and status come
 * from the model (`src/model/kpi.ts`) so the board, the canvas and the exports agree.
 */
import { kpiStatus, latestValue, type KpiStatus } from '../model/kpi';
import type { Kpi } from '../model/types';
import type { KpiStatusKey } from './labels';

export interface KpiFacts {
  readonly baseline: number | undefined;
  readonly latest: number | undefined;
  readonly target: number | undefined;
  readonly status: KpiStatusKey;
}

const STATUS_KEY: Readonly<Record<KpiStatus, KpiStatusKey>> = {
  'not-measured': 'notMeasured',
  'on-target': 'onTarget',
  'off-target': 'offTarget',
};

/** Baseline, latest, target and status of a KPI. */
export function kpiFacts(kpi: Kpi): KpiFacts {
  return {
    baseline: kpi.baseline?.value,
    latest: latestValue(kpi),
    target: kpi.target?.value,
    status: STATUS_KEY[kpiStatus(kpi)],
  };
}
