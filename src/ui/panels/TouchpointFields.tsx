import { useId, useMemo } from 'react';
import { recordCardField, updateCard } from '../../doc';
import { CHANNELS } from '../../model/types';
import type { Channel } from '../../model/types';
import type { CardView } from '../../model/snapshot';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { cardMessages, channelMessages } from './cardMessages';
import { CHANNEL_ICONS } from './channels';
import { SelectField } from './SelectField';
import { OwnerTeamField } from './OwnerTeamField';
import { TeamSuggestions } from './TeamSuggestions';

function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** Channel and owner team of a touchpoint card. */
export function TouchpointFields({
  card,
  run,
}: {
  readonly card: CardView;
  readonly run: (fn: () => void) => boolean;
}) {
  const t = useT(cardMessages);
  const tch = useT(channelMessages);
  const { doc, readOnly } = useMapSession();
  const listId = useId();
  const options = useMemo(
    () => [
      { value: '', label: t('channelNone') },
      ...CHANNELS.map((c) => ({ value: c, label: `${CHANNEL_ICONS[c]} ${tch(c)}` })),
    ],
    [t, tch],
  );
  return (
    <>
      <SelectField
        label={t('channel')}
        value={card.channel ?? ''}
        options={options}
        disabled={readOnly}
        onChange={(v) =>
          run(() => updateCard(doc, card.id, { channel: isChannel(v) ? v : undefined }))
        }
      />
      <OwnerTeamField
        label={t('ownerTeam')}
        value={card.ownerTeam}
        listId={listId}
        disabled={readOnly}
        onCommit={(ownerTeam) => updateCard(doc, card.id, { ownerTeam }, { record: false })}
        onEnd={() => recordCardField(doc, card.id, 'ownerTeam')}
      />
      <TeamSuggestions id={listId} />
    </>
  );
}
