/**
 * The inspector's list of a card's fields that people changed while apart: each
 * side's version by name, what the card holds now, and the choices (keep the
 * merge, take one side's version). One click is one command: undoable, synced.
 */
import { resolveConflict, type FieldConflict } from '../../doc';
import { useT } from '../../i18n';
import type { CardView } from '../../model/snapshot';
import { useCardConflicts } from '../../session/conflicts';
import { useMapSession } from '../../session/MapSession';
import { useCommand } from '../panels/useCommand';
import { CommandError } from '../panels/CommandError';
import { conflictMessages } from './messages';
import { currentValue, showValue, sideNames } from './values';
import './conflicts.css';

export function ConflictSection({ card }: { readonly card: CardView }) {
  const t = useT(conflictMessages);
  const conflicts = useCardConflicts(card.id);
  const { run, error } = useCommand();
  if (conflicts.length === 0) return null;
  return (
    <section className="jb-conflicts" aria-labelledby={`conflicts-${card.id}`}>
      <h3 id={`conflicts-${card.id}`}>{t('heading')}</h3>
      {conflicts.map((c) => (
        <FieldConflictView key={c.field} card={card} conflict={c} run={(fn) => run(fn)} />
      ))}
      <CommandError error={error} />
    </section>
  );
}

function FieldConflictView({
  card,
  conflict,
  run,
}: {
  card: CardView;
  conflict: FieldConflict;
  run: (fn: () => void) => void;
}) {
  const t = useT(conflictMessages);
  const { doc, readOnly } = useMapSession();
  const field = t(`field_${conflict.field}`);
  const empty = t('empty');
  const nameOf = (name: string) => name || t('someone');
  return (
    <div className="jb-conflict" data-conflict-field={conflict.field}>
      <h4>{field}</h4>
      <p className="panel-note">{t('changedBy', { names: sideNames(conflict, t('someone')) })}</p>
      <dl>
        {conflict.sides.map((side) => (
          <div key={side.userId} className="jb-conflict__side">
            <dt>{t('sideValue', { name: nameOf(side.name) })}</dt>
            <dd>{showValue(side.value, empty)}</dd>
          </div>
        ))}
        <div className="jb-conflict__side jb-conflict__side--merged">
          <dt>{t('merged')}</dt>
          <dd>{showValue(currentValue(card, conflict.field), empty)}</dd>
        </div>
      </dl>
      {!readOnly && (
        <div className="panel-buttons">
          <button
            type="button"
            aria-label={t('keepMergeLabel', { field })}
            onClick={() =>
              run(() => resolveConflict(doc, card.id, conflict.field, { keep: 'merge' }))
            }
          >
            {t('keepMerge')}
          </button>
          {conflict.sides.map((side) => (
            <button
              key={side.userId}
              type="button"
              aria-label={t('takeLabel', { name: nameOf(side.name), field })}
              onClick={() =>
                run(() => resolveConflict(doc, card.id, conflict.field, { take: side.userId }))
              }
            >
              {t('take', { name: nameOf(side.name) })}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
