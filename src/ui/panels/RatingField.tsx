import { useMemo } from 'react';
import { updateCard } from '../../doc';
import type { CardView } from '../../model/snapshot';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { cardMessages } from './cardMessages';
import { RadioScale } from './RadioScale';
import type { ScaleOption } from './RadioScale';

type Run = (fn: () => void) => boolean;
type RatingKey = 'severity' | 'impact' | 'effort';

/** A 1 … 5 rating (severity, impact, effort) that may also be unset. */
export function RatingField({
  card,
  field,
  run,
}: {
  readonly card: CardView;
  readonly field: RatingKey;
  readonly run: Run;
}) {
  const t = useT(cardMessages);
  const { doc, readOnly } = useMapSession();
  const options = useMemo<ScaleOption[]>(
    () => [
      { value: null, label: t('notRated') },
      ...[1, 2, 3, 4, 5].map((n) => ({
        value: n,
        label: n === 1 ? t('scaleLow', { n }) : n === 5 ? t('scaleHigh', { n }) : String(n),
      })),
    ],
    [t],
  );
  return (
    <RadioScale
      legend={t(field)}
      options={options}
      value={card[field] ?? null}
      disabled={readOnly}
      onChange={(v) => run(() => updateCard(doc, card.id, { [field]: v ?? undefined }))}
    />
  );
}
