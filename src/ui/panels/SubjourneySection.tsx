/**
 * A card's place in a subjourney (#16): a copy names the card it copies (a link to
 * the parent map when that is on this device), and an original lists the
 * subjourneys whose copies detail it. Nothing shows for other cards.
 */
import { useId } from 'react';
import { useT } from '../../i18n';
import type { CardView } from '../../model/snapshot';
import { cardSource } from '../../model/subjourney';
import { useMapLinks, type MapLink } from '../../session/mapLinks';
import { subjourneyMessages } from './subjourneyMessages';

const NONE: readonly MapLink[] = [];

export function SubjourneySection({ card }: { readonly card: CardView }) {
  const t = useT(subjourneyMessages);
  const headingId = useId();
  const { parent, copies, open } = useMapLinks();
  const source = cardSource(card);
  const detailed = copies?.get(card.id) ?? NONE;
  if (!source && detailed.length === 0) return null;
  const known = source && parent?.mapId === source.mapId && parent.title !== null ? parent : null;
  const link = (mapId: string, label: string) => (
    <a
      href={`/map/${encodeURIComponent(mapId)}`}
      onClick={(e) => {
        e.preventDefault();
        open(mapId);
      }}
    >
      {label}
    </a>
  );
  return (
    <section className="panel-section subjourney" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('heading')}</h3>
      <ul>
        {source && (
          <li>
            {known
              ? link(known.mapId, t('copyOf', { title: known.title ?? '' }))
              : t('copyOfUnknown')}
          </li>
        )}
        {detailed.map((s) => (
          <li key={s.mapId}>{link(s.mapId, t('detailedIn', { title: s.title }))}</li>
        ))}
      </ul>
    </section>
  );
}
