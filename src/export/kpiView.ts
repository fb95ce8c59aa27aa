/**
 * The four numbers every export shows for a KPI card. Status and latest value come
 * from the model (`src/model/kpi.ts`) so the board, the canvas and the exports agree.
 */
import type { Kpi } from '../model/types';
import type { KpiStatusKey } from './labels';
import { kpiStatus, latestValue } from '../model/kpi';

export interface KpiFacts {
  readonly baseline: number | undefined;
  readonly latest: number | undefined;
  readonly target: number | undefined;
  readonly status: KpiStatusKey;
}

export function kpiFacts(kpi: Kpi): KpiFacts {
  return {
    baseline: kpi.baseline?.value,
    latest: latestValue(kpi),
    target: kpi.target?.value,
    status: kpiStatus(kpi),
  };
}
