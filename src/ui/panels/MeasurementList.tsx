import { memo } from 'react';
import { removeMeasurement } from '../../doc';
import type { Measurement } from '../../model/types';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { kpiMessages } from './kpiMessages';
import { useFormatters } from './useFormatters';

export interface MeasurementListProps {
  readonly cardId: string;
  readonly measurements: readonly Measurement[];
  readonly run: (fn: () => void) => boolean;
}

/** The KPI's later measurements (stored sorted by date), each removable. */
export const MeasurementList = memo(function MeasurementList({
  cardId,
  measurements,
  run,
}: MeasurementListProps) {
  const t = useT(kpiMessages);
  const f = useFormatters();
  const { doc, readOnly } = useMapSession();
  return (
    <div className="measurements">
      <h4>{t('measurements')}</h4>
      {measurements.length === 0 ? (
        <p className="panel-note">{t('noMeasurements')}</p>
      ) : (
        <ul aria-label={t('measurements')}>
          {measurements.map((m, index) => (
            <li key={`${m.date}:${index}`}>
              <span>{t('valueOnDate', { value: f.number(m.value), date: f.date(m.date) })}</span>
              {!readOnly && (
                <button
                  type="button"
                  aria-label={t('removeMeasurement', { date: f.date(m.date) })}
                  onClick={() => run(() => removeMeasurement(doc, cardId, index))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
