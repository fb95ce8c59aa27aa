import type { CardView } from '../../model/snapshot';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { cardMessages } from './cardMessages';

/** Dot votes on the card: the total and how many are the local user's. */
export function VotesDisplay({ card }: { readonly card: CardView }) {
  const t = useT(cardMessages);
  const { user } = useMapSession();
  const total = card.votes ?? 0;
  return (
    <p className="votes">
      <span className="field-label">{t('votes')}: </span>
      {total === 0 ? t('noVotes') : t('votesSummary', { total, mine: card.votesBy[user.id] ?? 0 })}
    </p>
  );
}
