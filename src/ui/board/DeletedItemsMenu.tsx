/** "Deleted items": soft-deleted phases, lanes and cards, each with a restore button. */
import { restoreCard, restoreLane, restorePhase } from '../../doc';
import { useAttempt } from '../../session/useNotices';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { boardMessages } from './messages';
import { Popover } from './Popover';

/** Long lists of deleted cards are cut; the newest deletions are what users look for. */
const MAX_CARDS = 50;

export function DeletedItemsMenu() {
  const t = useT(boardMessages);
  const phases = useSnapshot((s) => s.deletedPhases);
  const lanes = useSnapshot((s) => s.deletedLanes);
  const cards = useSnapshot((s) => s.deletedCards);
  const count = phases.length + lanes.length + cards.length;
  return (
    <Popover
      label={t('deletedItems')}
      buttonContent={
        <>
          {t('deletedItems')}
          {count > 0 ? ` (${count})` : ''}
        </>
      }
    >
      {() => <DeletedList />}
    </Popover>
  );
}

function DeletedList() {
  const t = useT(boardMessages);
  const { doc } = useMapSession();
  const attempt = useAttempt();
  const phases = useSnapshot((s) => s.deletedPhases);
  const lanes = useSnapshot((s) => s.deletedLanes);
  const cards = useSnapshot((s) => s.deletedCards);
  if (!phases.length && !lanes.length && !cards.length)
    return <p className="jb-muted">{t('noDeletedItems')}</p>;
  const row = (kind: string, id: string, name: string, restore: () => void) => (
    <li key={id}>
      <span>{name}</span>
      <button
        type="button"
        className="jb-btn"
        aria-label={t('restoreItem', { kind, name })}
        onClick={() => attempt(restore)}
      >
        {t('restore')}
      </button>
    </li>
  );
  return (
    <div className="jb-deleted">
      {phases.length > 0 && (
        <section>
          <h3>{t('phasesHeading')}</h3>
          <ul>
            {phases.map((p) => row(t('kindPhase'), p.id, p.name, () => restorePhase(doc, p.id)))}
          </ul>
        </section>
      )}
      {lanes.length > 0 && (
        <section>
          <h3>{t('lanesHeading')}</h3>
          <ul>
            {lanes.map((l) => row(t('kindLane'), l.id, l.name, () => restoreLane(doc, l.id)))}
          </ul>
        </section>
      )}
      {cards.length > 0 && (
        <section>
          <h3>{t('cardsHeading')}</h3>
          <ul>
            {cards
              .slice(-MAX_CARDS)
              .reverse()
              .map((c) =>
                row(t('kindCard'), c.id, c.text.trim() || '…', () => restoreCard(doc, c.id)),
              )}
          </ul>
        </section>
      )}
    </div>
  );
}
