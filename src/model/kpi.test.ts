import { describe, expect, it } from 'vitest';
import { kpiStatus, latestValue } from './kpi';
import type { Kpi } from './types';

const base = { value: 40, date: '2026-01-15' };

describe('kpiStatus', () => {
  it('is not measured without a baseline or without a target', () => {
    expect(kpiStatus({ direction: 'higherIsBetter', target: { value: 1 } })).toBe('not-measured');
    expect(kpiStatus({ direction: 'higherIsBetter', baseline: base })).toBe('not-measured');
  });

  it('compares the latest value with the target in the KPI direction', () => {
    const lower: Kpi = {
      direction: 'lowerIsBetter',
      baseline: base,
      target: { value: 20 },
      measurements: [{ value: 30, date: '2026-06-30' }],
    };
    expect(kpiStatus(lower)).toBe('off-target');
    expect(
      kpiStatus({
        ...lower,
        measurements: [...(lower.measurements ?? []), { value: 20, date: '2026-10-01' }],
      }),
    ).toBe('on-target');
    const higher: Kpi = { direction: 'higherIsBetter', baseline: base, target: { value: 50 } };
    expect(kpiStatus(higher)).toBe('off-target');
    expect(kpiStatus({ ...higher, measurements: [{ value: 55, date: '2026-02-01' }] })).toBe(
      'on-target',
    );
  });
});

describe('latestValue', () => {
  it('is the measurement with the latest date, else the baseline, else undefined', () => {
    expect(latestValue({ direction: 'lowerIsBetter' })).toBeUndefined();
    expect(latestValue({ direction: 'lowerIsBetter', baseline: base })).toBe(40);
    expect(
      latestValue({
        direction: 'lowerIsBetter',
        baseline: base,
        measurements: [
          { value: 1, date: '2026-05-01' },
          { value: 2, date: '2026-03-01' },
          { value: 3, date: '2026-05-01' },
        ],
      }),
    ).toBe(3);
  });
});
