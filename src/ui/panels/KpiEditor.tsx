/**
 * The KPI of a KPI card: unit, direction, baseline, target, later measurements, and
 * the live status that follows from them. The card's text is the KPI's name.
 */
import { useId } from 'react';
import { addMeasurement, recordCardField, setKpi } from '../../doc';
import type { CardView } from '../../model/snapshot';
import type { Kpi } from '../../model/types';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { kpiMessages } from './kpiMessages';
import { KpiStatusLine } from './KpiStatusLine';
import { MeasurementList } from './MeasurementList';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { ValueDateForm } from './ValueDateForm';

type Run = (fn: () => void) => boolean;

const NO_KPI: Kpi = { direction: 'higherIsBetter' };

export function KpiEditor({ card, run }: { readonly card: CardView; readonly run: Run }) {
  const t = useT(kpiMessages);
  const { doc, readOnly } = useMapSession();
  const headingId = useId();
  const kpi = card.kpi ?? NO_KPI;
  const { baseline, target } = kpi;

  return (
    <section className="panel-section kpi-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('kpi')}</h3>
      <KpiStatusLine kpi={kpi} />
      <TextField
        label={t('unit')}
        value={kpi.unit ?? ''}
        maxLength={32}
        disabled={readOnly}
        onCommit={(v) => setKpi(doc, card.id, { unit: v.trim() || undefined }, { record: false })}
        onEnd={() => recordCardField(doc, card.id, 'kpi.unit')}
      />
      <SelectField
        label={t('direction')}
        value={kpi.direction}
        disabled={readOnly}
        options={[
          { value: 'higherIsBetter', label: t('higherIsBetter') },
          { value: 'lowerIsBetter', label: t('lowerIsBetter') },
        ]}
        onChange={(v) =>
          run(() =>
            setKpi(doc, card.id, {
              direction: v === 'lowerIsBetter' ? 'lowerIsBetter' : 'higherIsBetter',
            }),
          )
        }
      />
      <ValueDateForm
        key={`baseline:${baseline?.value}:${baseline?.date}`}
        legend={t('baseline')}
        valueLabel={t('value')}
        dateLabel={t('date')}
        submitLabel={t('setBaseline')}
        incompleteMessage={t('needValueAndDate')}
        initialValue={baseline?.value}
        initialDate={baseline?.date}
        disabled={readOnly}
        onSubmit={(value, date) =>
          run(() => setKpi(doc, card.id, { baseline: { value, date: date ?? '' } }))
        }
      />
      <ValueDateForm
        key={`target:${target?.value}:${target?.date}`}
        legend={t('target')}
        valueLabel={t('value')}
        dateLabel={t('targetDate')}
        submitLabel={t('setTarget')}
        incompleteMessage={t('needValue')}
        initialValue={target?.value}
        initialDate={target?.date}
        dateOptional
        disabled={readOnly}
        onSubmit={(value, date) =>
          run(() => setKpi(doc, card.id, { target: date ? { value, date } : { value } }))
        }
      />
      {target && !readOnly && (
        <button
          type="button"
          onClick={() => run(() => setKpi(doc, card.id, { target: undefined }))}
        >
          {t('clearTarget')}
        </button>
      )}
      <MeasurementList cardId={card.id} measurements={kpi.measurements ?? []} run={run} />
      {!readOnly && (
        <ValueDateForm
          legend={t('addMeasurement')}
          valueLabel={t('newValue')}
          dateLabel={t('newDate')}
          submitLabel={t('addMeasurement')}
          incompleteMessage={t('needValueAndDate')}
          clearOnSubmit
          onSubmit={(value, date) =>
            run(() => addMeasurement(doc, card.id, { value, date: date ?? '' }))
          }
        />
      )}
    </section>
  );
}
