import { useMemo } from 'react';
import { deleteCards } from '../../doc';
import type { CardView } from '../../model/snapshot';
import type { Id } from '../../model/types';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { useUiStore } from '../../session/uiStore';
import { bulkUpdate } from './bulkUpdate';
import { cardMessages } from './cardMessages';
import { ChipInput } from './ChipInput';
import { ColorField } from './ColorField';
import { CommandError } from './CommandError';
import { useCommand } from './useCommand';
import { useVocabulary } from './useVocabulary';

/** Bulk edits for several selected cards: colour, tags, delete. */
export function MultiSelectionPanel({ ids }: { readonly ids: readonly Id[] }) {
  const t = useT(cardMessages);
  const { doc, readOnly } = useMapSession();
  const cardsById = useSnapshot((s) => s.cards);
  const clearSelection = useUiStore((s) => s.clearSelection);
  const { run, error } = useCommand();
  const vocabulary = useVocabulary();

  // a peer may have deleted some of the selected cards meanwhile
  const cards = useMemo(
    () => ids.map((id) => cardsById.get(id)).filter((c): c is CardView => c !== undefined),
    [ids, cardsById],
  );
  const sharedColor = cards.every((c) => c.color === cards[0]?.color) ? cards[0]?.color : undefined;
  const allTags = useMemo(() => [...new Set(cards.flatMap((c) => c.tags ?? []))].sort(), [cards]);

  const setTags = (next: readonly string[]) => {
    const added = next.filter((tag) => !allTags.includes(tag));
    const removed = allTags.filter((tag) => !next.includes(tag));
    run(() =>
      bulkUpdate(doc, cards, (card) => {
        const own = card.tags ?? [];
        const tags = [
          ...own.filter((tag) => !removed.includes(tag)),
          ...added.filter((tag) => !own.includes(tag)),
        ];
        if (tags.length === own.length && tags.every((tag, i) => tag === own[i])) return null;
        return { tags: tags.length ? tags : undefined };
      }),
    );
  };

  return (
    <>
      <p className="panel-note" aria-live="polite">
        {t('selectedCount', { n: cards.length })}
      </p>
      <ColorField
        legend={t('bulkColor')}
        value={sharedColor}
        disabled={readOnly}
        onChange={(color) =>
          run(() => bulkUpdate(doc, cards, (card) => (card.color === color ? null : { color })))
        }
      />
      <ChipInput
        label={t('bulkTagsHint')}
        values={allTags}
        suggestions={vocabulary.tags}
        disabled={readOnly}
        onChange={setTags}
      />
      <CommandError error={error} />
      {!readOnly && (
        <button
          type="button"
          className="danger"
          onClick={() =>
            run(() =>
              deleteCards(
                doc,
                cards.map((c) => c.id),
              ),
            ) && clearSelection()
          }
        >
          {t('deleteCards', { n: cards.length })}
        </button>
      )}
    </>
  );
}
