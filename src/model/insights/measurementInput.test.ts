import { describe, expect, it } from 'vitest';
import { readCsv } from './csvRead';
import { checkMeasurementCells, checkMeasurementItem, isFullDate } from './measurementInput';

describe('measurement input', () => {
  it('accepts calendar dates only', () => {
    expect(isFullDate('2026-02-28')).toBe(true);
    expect(isFullDate('2028-02-29')).toBe(true);
    expect(isFullDate('2026-02-30')).toBe(false);
    expect(isFullDate('2026-13-01')).toBe(false);
    expect(isFullDate('31.12.2026')).toBe(false);
  });

  it('checks JSON items: object, date, finite value, no other fields', () => {
    expect(checkMeasurementItem({ date: '2026-05-01', value: 3.5 })).toEqual({
      ok: true,
      measurement: { date: '2026-05-01', value: 3.5 },
    });
    expect(checkMeasurementItem([1])).toMatchObject({ ok: false });
    expect(checkMeasurementItem({ date: '2026-5-1', value: 1 })).toEqual({
      ok: false,
      reason: 'date "2026-5-1" is not a date (YYYY-MM-DD)',
    });
    expect(checkMeasurementItem({ date: '2026-05-01', value: '3' })).toEqual({
      ok: false,
      reason: 'value "3" is not a finite number',
    });
    expect(checkMeasurementItem({ date: '2026-05-01' })).toMatchObject({ ok: false });
    expect(checkMeasurementItem({ date: '2026-05-01', value: 1, unit: '%' })).toEqual({
      ok: false,
      reason: 'unknown field "unit"',
    });
  });

  it('checks CSV cells, with a hint for a decimal comma', () => {
    expect(checkMeasurementCells(' 2026-05-01', '-1.5e2 ')).toEqual({
      ok: true,
      measurement: { date: '2026-05-01', value: -150 },
    });
    expect(checkMeasurementCells('2026-05-01', '27,4')).toEqual({
      ok: false,
      reason: 'value "27,4" is not a number (use a decimal point)',
    });
    expect(checkMeasurementCells('2026-05-01', 'Infinity')).toMatchObject({ ok: false });
    expect(checkMeasurementCells('2026-05-01', '1e999')).toEqual({
      ok: false,
      reason: 'value "1e999" is not a finite number',
    });
    expect(checkMeasurementCells('2026-05-01', '')).toMatchObject({ ok: false });
  });
});

describe('readCsv', () => {
  it('reads quoted cells and numbers records by the line they start on', () => {
    const records = readCsv('\uFEFFa,b\r\n"x, ""y""","multi\nline"\n\nlast,1');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'multi\nline'] },
      { line: 5, cells: ['last', '1'] },
    ]);
  });

  it('refuses broken quoting with the line', () => {
    expect(() => readCsv('a,b\n"open,1\n')).toThrow('line 2: a quoted cell is not closed');
    expect(() => readCsv('a,b\nx"y,1\n')).toThrow('line 2: a quote inside an unquoted cell');
  });
});
