/** A card's badge when people changed it while apart: who, by name (details in the inspector). */
import { defineMessages, useT } from '../../i18n';
import type { Id } from '../../model/types';
import { conflictNames, useCardConflicts } from '../../session/conflicts';
import './conflict.css';

const messages = defineMessages({
  en: {
    badge: 'Conflict: changed while apart by {names}. Open the card to choose a version.',
    someone: 'someone',
  },
  de: {
    badge: 'Konflikt: getrennt geändert von {names}. Öffne die Karte, um eine Fassung zu wählen.',
    someone: 'jemandem',
  },
});

export function ConflictBadge({ cardId }: { readonly cardId: Id }) {
  const t = useT(messages);
  const conflicts = useCardConflicts(cardId);
  if (conflicts.length === 0) return null;
  const names = conflictNames(conflicts);
  const shown = names.length ? names.join(', ') : t('someone');
  return (
    <div
      className="jb-card__conflict"
      role="note"
      aria-label={t('badge', { names: shown })}
      title={t('badge', { names: shown })}
      data-conflict-card={cardId}
    >
      <span aria-hidden="true">⚠ </span>
      {shown}
    </div>
  );
}
