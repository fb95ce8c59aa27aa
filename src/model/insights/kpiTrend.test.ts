import { describe, expect, it } from 'vitest';
import type { Kpi } from '../types';
import { kpiSeries, kpiTrend, latestMeasurement } from './kpiTrend';

const base = { value: 40, date: '2026-01-15' };
const m = (value: number, date: string) => ({ value, date });

describe('kpiTrend', () => {
  it('is noData without a measurement, even with baseline and target', () => {
    expect(kpiTrend({ direction: 'higherIsBetter', baseline: base, target: { value: 50 } })).toBe(
      'noData',
    );
    expect(kpiTrend({ direction: 'lowerIsBetter', measurements: [] })).toBe('noData');
  });

  it('is reached when the latest measurement meets the target in its direction', () => {
    const up: Kpi = { direction: 'higherIsBetter', baseline: base, target: { value: 50 } };
    expect(kpiTrend({ ...up, measurements: [m(50, '2026-03-01')] })).toBe('reached');
    expect(kpiTrend({ ...up, measurements: [m(60, '2026-02-01'), m(45, '2026-03-01')] })).toBe(
      'improving',
    );
    const down: Kpi = { direction: 'lowerIsBetter', baseline: base, target: { value: 20 } };
    expect(kpiTrend({ ...down, measurements: [m(19, '2026-03-01')] })).toBe('reached');
  });

  it('compares the latest measurement with the baseline in the KPI direction', () => {
    const up: Kpi = { direction: 'higherIsBetter', baseline: base };
    expect(kpiTrend({ ...up, measurements: [m(41, '2026-02-01')] })).toBe('improving');
    expect(kpiTrend({ ...up, measurements: [m(40, '2026-02-01')] })).toBe('unchanged');
    expect(kpiTrend({ ...up, measurements: [m(39, '2026-02-01')] })).toBe('worsening');
    const down: Kpi = { direction: 'lowerIsBetter', baseline: base };
    expect(kpiTrend({ ...down, measurements: [m(39, '2026-02-01')] })).toBe('improving');
    expect(kpiTrend({ ...down, measurements: [m(41, '2026-02-01')] })).toBe('worsening');
  });

  it('takes the latest by date, not by position, and the later entry on equal dates', () => {
    const kpi: Kpi = {
      direction: 'higherIsBetter',
      baseline: base,
      measurements: [m(30, '2026-05-01'), m(70, '2026-02-01'), m(45, '2026-05-01')],
    };
    expect(latestMeasurement(kpi)).toEqual(m(45, '2026-05-01'));
    expect(kpiTrend(kpi)).toBe('improving');
  });

  it('uses the first measurement as the reference when there is no baseline', () => {
    expect(kpiTrend({ direction: 'higherIsBetter', measurements: [m(5, '2026-01-01')] })).toBe(
      'unchanged',
    );
    expect(
      kpiTrend({
        direction: 'higherIsBetter',
        measurements: [m(5, '2026-01-01'), m(3, '2026-02-01')],
      }),
    ).toBe('worsening');
  });

  it('gives the baseline and measurements in date order for a sparkline', () => {
    expect(
      kpiSeries({
        direction: 'higherIsBetter',
        baseline: base,
        measurements: [m(3, '2026-05-01'), m(2, '2026-02-01')],
      }),
    ).toEqual([base, m(2, '2026-02-01'), m(3, '2026-05-01')]);
  });
});
