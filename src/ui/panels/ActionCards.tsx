import { useId, useState } from 'react';
import type { Id } from '../../model/types';
import { useT } from '../../i18n';
import { useSnapshot } from '../../session/MapSession';
import { actionMessages } from './actionMessages';
import { cardTitle } from './cardLabel';
import { CardPicker } from './CardPicker';
import { commonMessages } from './commonMessages';
import { socialMessages } from './socialMessages';

export interface ActionCardsProps {
  readonly cardIds: readonly Id[];
  readonly readOnly: boolean;
  /** the whole new list; one call per add or removal */
  readonly onChange: (cardIds: readonly Id[]) => void;
}

/** The cards an action addresses: removable chips plus a card picker. */
export function ActionCards({ cardIds, readOnly, onChange }: ActionCardsProps) {
  const t = useT(actionMessages);
  const tc = useT(commonMessages);
  const ts = useT(socialMessages);
  const cards = useSnapshot((s) => s.cards);
  const headingId = useId();
  const [picking, setPicking] = useState(false);

  return (
    <div className="field action-cards" role="group" aria-labelledby={headingId}>
      <span id={headingId} className="field-label">
        {t('cards')}
      </span>
      {cardIds.length === 0 ? (
        <p className="panel-note">{t('noCards')}</p>
      ) : (
        <ul className="chips">
          {cardIds.map((id) => {
            const card = cards.get(id);
            const title = card ? cardTitle(card, ts('untitled')) : id;
            return (
              <li key={id} className="chip">
                <span>{title}</span>
                {!readOnly && (
                  <button
                    type="button"
                    aria-label={tc('removeItem', { name: title })}
                    onClick={() => onChange(cardIds.filter((c) => c !== id))}
                  >
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly &&
        (picking ? (
          <CardPicker
            label={ts('addLink')}
            exclude={cardIds}
            onPick={(id) => {
              onChange([...cardIds, id]);
              setPicking(false);
            }}
          />
        ) : (
          <button type="button" onClick={() => setPicking(true)}>
            {ts('addLink')}
          </button>
        ))}
    </div>
  );
}
