import { memo, useCallback, useId, useMemo, useState } from 'react';
import { linkCards, unlinkCards } from '../../doc';
import type { CardView } from '../../model/snapshot';
import type { Id } from '../../model/types';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { cardTitle } from './cardLabel';
import { CardPicker } from './CardPicker';
import { socialMessages } from './socialMessages';

const NONE: readonly Id[] = [];

export interface LinksSectionProps {
  readonly card: CardView;
  readonly run: (fn: () => void) => boolean;
}

/** Cards this card relates to, with remove, and a searchable picker to add one. */
export function LinksSection({ card, run }: LinksSectionProps) {
  const t = useT(socialMessages);
  const { doc, readOnly } = useMapSession();
  const cards = useSnapshot((s) => s.cards);
  const headingId = useId();
  const [picking, setPicking] = useState(false);
  const links = card.links ?? NONE;
  const exclude = useMemo(() => [card.id, ...links], [card.id, links]);

  const unlink = useCallback(
    (to: Id) => run(() => unlinkCards(doc, card.id, to)),
    [doc, card.id, run],
  );
  const link = useCallback(
    (to: Id) => {
      if (run(() => linkCards(doc, card.id, to))) setPicking(false);
    },
    [doc, card.id, run],
  );

  return (
    <section className="panel-section links" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('links')}</h3>
      {links.length === 0 ? (
        <p className="panel-note">{t('noLinks')}</p>
      ) : (
        <ul>
          {links.map((to) => {
            const linked = cards.get(to);
            // a link to a deleted card stays (restore brings it back); show its id meanwhile
            const title = linked ? cardTitle(linked, t('untitled')) : to;
            return <LinkRow key={to} id={to} title={title} readOnly={readOnly} onUnlink={unlink} />;
          })}
        </ul>
      )}
      {!readOnly &&
        (picking ? (
          <CardPicker label={t('addLink')} exclude={exclude} onPick={link} />
        ) : (
          <button type="button" onClick={() => setPicking(true)}>
            {t('addLink')}
          </button>
        ))}
    </section>
  );
}

interface LinkRowProps {
  readonly id: Id;
  readonly title: string;
  readonly readOnly: boolean;
  readonly onUnlink: (id: Id) => void;
}

const LinkRow = memo(function LinkRow({ id, title, readOnly, onUnlink }: LinkRowProps) {
  const t = useT(socialMessages);
  return (
    <li>
      <span>{title}</span>
      {!readOnly && (
        <button
          type="button"
          aria-label={t('unlink', { name: title })}
          onClick={() => onUnlink(id)}
        >
          ×
        </button>
      )}
    </li>
  );
});
