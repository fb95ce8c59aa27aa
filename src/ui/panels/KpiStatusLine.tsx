import { memo } from 'react';
import { kpiStatus, latestValue } from '../../model/kpi';
import type { KpiStatus } from '../../model/kpi';
import type { Kpi } from '../../model/types';
import { useT } from '../../i18n';
import { kpiMessages } from './kpiMessages';
import { useFormatters } from './useFormatters';

/** Status colours; the text next to the dot carries the meaning, colour only repeats it. */
const STATUS_COLOR: Readonly<Record<KpiStatus, string>> = {
  'on-target': '#1a7f37',
  'off-target': '#c62828',
  'not-measured': '#6b7280',
};

/** The KPI's live status (a polite live region, so screen readers hear it change). */
export const KpiStatusLine = memo(function KpiStatusLine({ kpi }: { readonly kpi: Kpi }) {
  const t = useT(kpiMessages);
  const f = useFormatters();
  const status = kpiStatus(kpi);
  const latest = latestValue(kpi);
  const withUnit = (n: number) => (kpi.unit ? `${f.number(n)} ${kpi.unit}` : f.number(n));

  let label: string;
  if (status === 'on-target') label = t('onTarget');
  else if (status === 'off-target') label = t('offTarget');
  // the model folds "no target" into not-measured; telling them apart helps the user fix it
  else label = kpi.baseline && !kpi.target ? t('noTarget') : t('notMeasured');

  return (
    <p role="status" className={`kpi-status kpi-status-${status}`}>
      <span
        className="kpi-status-dot"
        aria-hidden="true"
        style={{ background: STATUS_COLOR[status] }}
      />
      <strong style={{ color: STATUS_COLOR[status] }}>{label}</strong>
      {latest !== undefined && (
        <span>
          {' · '}
          {t('latest', {
            value: withUnit(latest),
            target: kpi.target ? withUnit(kpi.target.value) : t('notSet'),
          })}
        </span>
      )}
    </p>
  );
});
