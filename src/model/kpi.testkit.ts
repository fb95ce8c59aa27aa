/** Test helper: KPI objects for test maps, one line each instead of a block of literals. */
import type { Kpi, KpiDirection } from './types';

/** A measurement as `[value, date]`. */
export type MeasurementPair = readonly [value: number, date: string];

/** A KPI: its direction and unit, baseline `[value, date]`, target value and measurements. */
export function testKpi(
  direction: KpiDirection,
  unit: string,
  baseline: MeasurementPair,
  target: number,
  measurements?: readonly MeasurementPair[],
): Kpi {
  return {
    unit,
    direction,
    baseline: { value: baseline[0], date: baseline[1] },
    target: { value: target },
    ...(measurements
      ? { measurements: measurements.map(([value, date]) => ({ value, date })) }
      : {}),
  };
}
