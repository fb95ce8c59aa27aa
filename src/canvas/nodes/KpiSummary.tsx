/**
 * A KPI card's figures: baseline → latest → target, coloured by status, with a
 * sparkline of the baseline and later measurements.
 */
import { memo } from 'react';
import { kpiStatus, latestValue, type KpiStatus } from '../../model/kpi';
import type { Kpi } from '../../model/types';
import { localeOf, useLanguageStore, useT, type UiLanguage } from '../../i18n';
import { canvasMessages, type CanvasMessage } from '../messages';

const STATUS_TEXT: Record<KpiStatus, CanvasMessage> = {
  'not-measured': 'kpiNotMeasured',
  'on-target': 'kpiOnTarget',
  'off-target': 'kpiOffTarget',
};

const formats = new Map<UiLanguage, Intl.NumberFormat>();

/** One shared formatter per language: creating Intl formatters per card is slow on big boards. */
function numberFormat(language: UiLanguage): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 });
    formats.set(language, format);
  }
  return format;
}

export const KpiSummary = memo(function KpiSummary({ kpi }: { kpi: Kpi }) {
  const t = useT(canvasMessages);
  const number = numberFormat(useLanguageStore((s) => s.language));
  const status = kpiStatus(kpi);
  const latest = latestValue(kpi);
  const fmt = (value: number | undefined) =>
    value === undefined ? '–' : `${number.format(value)}${kpi.unit ? `\u202f${kpi.unit}` : ''}`;
  const values = [kpi.baseline, ...(kpi.measurements ?? [])]
    .filter((m) => m !== undefined)
    .map((m) => m.value);
  return (
    <div className={`jb-kpi jb-kpi--${status}`} data-status={status}>
      <div className="jb-kpi__figures">
        <span title={t('kpiBaseline')}>{fmt(kpi.baseline?.value)}</span>
        <span aria-hidden="true">→</span>
        <strong title={t('kpiLatest')}>{fmt(latest)}</strong>
        <span aria-hidden="true">→</span>
        <span title={t('kpiTarget')}>{fmt(kpi.target?.value)}</span>
      </div>
      <div className="jb-kpi__status">
        <span className="jb-kpi__dot" aria-hidden="true" />
        <span>{t('kpiStatus', { status: t(STATUS_TEXT[status]) })}</span>
        {values.length > 1 && <Sparkline values={values} target={kpi.target?.value} />}
      </div>
    </div>
  );
});

function Sparkline({ values, target }: { values: readonly number[]; target: number | undefined }) {
  const width = 72;
  const height = 18;
  const all = target === undefined ? values : [...values, target];
  const min = Math.min(...all);
  const span = Math.max(...all) - min || 1;
  const y = (v: number) => height - 2 - ((v - min) / span) * (height - 4);
  const points = values
    .map((v, i) => `${((i / (values.length - 1)) * width).toFixed(1)},${y(v).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      className="jb-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      {target !== undefined && (
        <line x1="0" x2={width} y1={y(target)} y2={y(target)} className="jb-sparkline__target" />
      )}
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
