import { useMemo } from 'react';
import { updateCard } from '../../doc';
import type { CardView } from '../../model/snapshot';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { cardMessages, scoreMessages } from './cardMessages';
import { RadioScale } from './RadioScale';
import type { ScaleOption } from './RadioScale';

const SCORES = [-3, -2, -1, 0, 1, 2, 3] as const;
type ScoreKey = keyof (typeof scoreMessages)['en'];

/** The emotion score of an emotions card, −3 … +3 (required there, so no "not set"). */
export function ScoreField({
  card,
  run,
}: {
  readonly card: CardView;
  readonly run: (fn: () => void) => boolean;
}) {
  const t = useT(cardMessages);
  const ts = useT(scoreMessages);
  const { doc, readOnly } = useMapSession();
  const options = useMemo<ScaleOption[]>(
    () =>
      SCORES.map((n) => ({
        value: n,
        label: `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)} ${ts(String(n) as ScoreKey)}`,
      })),
    [ts],
  );
  return (
    <RadioScale
      legend={t('score')}
      options={options}
      value={card.score ?? null}
      disabled={readOnly}
      onChange={(v) => v !== null && run(() => updateCard(doc, card.id, { score: v }))}
    />
  );
}
