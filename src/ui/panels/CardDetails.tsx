import { useId } from 'react';
import { deleteCards, duplicateCard, recordCardText, setCardText, updateCard } from '../../doc';
import { LaneIcon } from '../../canvas/LaneIcon';
import { laneTypeName } from '../../model/laneTypes';
import type { Id } from '../../model/types';
import { useLanguageStore, useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { useUiStore } from '../../session/uiStore';
import { cardMessages } from './cardMessages';
import { ChipInput } from './ChipInput';
import { ColorField } from './ColorField';
import { ConflictSection } from '../conflicts/ConflictSection';
import { CommandError } from './CommandError';
import { CommentsSection } from './CommentsSection';
import { commonMessages } from './commonMessages';
import { LinksSection } from './LinksSection';
import { SubjourneySection } from './SubjourneySection';
import { TypedFields } from './TypedFields';
import { TextField } from './TextField';
import { useCommand } from './useCommand';
import { useVocabulary } from './useVocabulary';
import { VotesDisplay } from './VotesDisplay';

/** Everything about one card. Keyed by card id, so drafts never leak between cards. */
export function CardDetails({ cardId }: { readonly cardId: Id }) {
  const t = useT(cardMessages);
  const tc = useT(commonMessages);
  const { doc, readOnly } = useMapSession();
  const card = useSnapshot((s) => s.cards.get(cardId));
  const lane = useSnapshot((s) => {
    const laneId = s.cards.get(cardId)?.laneId;
    return s.lanes.find((l) => l.id === laneId) ?? s.deletedLanes.find((l) => l.id === laneId);
  });
  const language = useLanguageStore((s) => s.language);
  const clearSelection = useUiStore((s) => s.clearSelection);
  const selectCards = useUiStore((s) => s.selectCards);
  const { run, error } = useCommand();
  const vocabulary = useVocabulary();
  const itSystemsId = useId();
  // a single-line name only when it is one line already (older cards may hold more)
  const itSystem = lane?.type === 'itSystems' && !!card && !card.text.includes('\n');

  if (!card) return <p className="panel-note">{t('cardGone')}</p>;
  return (
    <>
      {lane && (
        <p className="panel-note">
          <LaneIcon type={lane.type} />{' '}
          {t('laneOf', { lane: lane.name, type: laneTypeName(lane.type, language) })}
        </p>
      )}
      <ConflictSection card={card} />
      <TextField
        label={lane?.type === 'kpis' ? t('kpiName') : t('text')}
        value={card.text}
        // an IT system is one name: picked from the workspace's IT systems (or typed)
        multiline={!itSystem}
        {...(itSystem ? { list: itSystemsId } : {})}
        maxLength={10_000}
        disabled={readOnly}
        onCommit={(text) => setCardText(doc, card.id, text, { record: false })}
        onEnd={() => recordCardText(doc, card.id)}
      />
      <ColorField
        legend={t('color')}
        value={card.color}
        disabled={readOnly}
        onChange={(color) => run(() => updateCard(doc, card.id, { color }))}
      />
      {itSystem && (
        <datalist id={itSystemsId}>
          {vocabulary.itSystems.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
      <ChipInput
        label={tc('tags')}
        suggestions={vocabulary.tags}
        values={card.tags ?? []}
        disabled={readOnly}
        onChange={(tags) =>
          run(() => updateCard(doc, card.id, { tags: tags.length ? [...tags] : undefined }))
        }
      />
      {lane && <TypedFields card={card} laneType={lane.type} run={run} />}
      <CommandError error={error} />
      <VotesDisplay card={card} />
      <LinksSection card={card} run={run} />
      <SubjourneySection card={card} />
      <CommentsSection cardId={card.id} comments={card.comments} run={run} />
      {!readOnly && (
        <div className="panel-buttons">
          <button
            type="button"
            onClick={() => run(() => selectCards([duplicateCard(doc, card.id)]))}
          >
            {t('duplicateCard')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => run(() => deleteCards(doc, [card.id])) && clearSelection()}
          >
            {t('deleteCard')}
          </button>
        </div>
      )}
    </>
  );
}
