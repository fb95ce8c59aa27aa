/**
 * The map-level list of open conflicts: a toolbar badge (shown while there are
 * any) opening a list; picking one selects its card, whose inspector offers the
 * choices. A polite live region says when conflicts appear (after a sync) and
 * when one is resolved (by anyone).
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { conflictNames, useConflicts } from '../../session/conflicts';
import { useSnapshot } from '../../session/MapSession';
import { useUiStoreApi } from '../../session/uiStore';
import { Popover } from '../board/Popover';
import { conflictMessages } from './messages';
import { sideNames } from './values';
import './conflicts.css';

export function ConflictsButton() {
  const t = useT(conflictMessages);
  const ui = useUiStoreApi();
  const all = useConflicts();
  const cards = useSnapshot((s) => s.cards);
  const conflicts = all.filter((c) => cards.has(c.cardId));
  const announcement = useAnnouncement(
    conflicts.length,
    () => conflictNames(conflicts).join(', ') || t('someone'),
  );
  return (
    <>
      <span className="jb-sr" role="status" aria-live="polite">
        {announcement}
      </span>
      {conflicts.length > 0 && (
        <Popover
          label={t('toolbarLabel', { n: conflicts.length })}
          buttonContent={
            <span className="jb-conflicts-badge">
              <span aria-hidden="true">⚠ </span>
              {t('toolbar', { n: conflicts.length })}
            </span>
          }
        >
          {(close) => (
            <>
              <h2 className="panel-heading">{t('listHeading')}</h2>
              <ul className="jb-conflicts-list">
                {conflicts.map((c) => (
                  <li key={`${c.cardId}/${c.field}`}>
                    <button
                      type="button"
                      className="jb-btn"
                      onClick={() => {
                        ui.getState().selectCards([c.cardId]);
                        close();
                      }}
                    >
                      {t('showCard', {
                        field: t(`field_${c.field}`),
                        card: shorten(cards.get(c.cardId)?.text ?? c.cardId),
                        names: sideNames(c, t('someone')),
                      })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Popover>
      )}
    </>
  );
}

/** What the live region says: set when the count grows or drops to zero, not on first render. */
function useAnnouncement(count: number, names: () => string): string {
  const t = useT(conflictMessages);
  const previous = useRef(count);
  const [text, setText] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = count;
    if (count > before) setText(t('announceMany', { n: count, names: names() }));
    else if (count === 0 && before > 0) setText(t('announceNone'));
    else if (count < before) setText(t('announceLeft', { n: count }));
  }, [count, names, t]);
  return text;
}

function shorten(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
