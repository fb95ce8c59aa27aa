import { memo, useCallback, useState } from 'react';
import { deleteAction, updateAction } from '../../doc';
import type { ActionView } from '../../model/snapshot';
import type { ActionStatus, Id } from '../../model/types';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { actionMessages } from './actionMessages';
import { ActionCards } from './ActionCards';
import { SelectField } from './SelectField';
import { OwnerTeamField } from './OwnerTeamField';
import { TextField } from './TextField';

const STATUSES: readonly ActionStatus[] = ['open', 'doing', 'done'];

export interface ActionRowProps {
  readonly action: ActionView;
  readonly teamsListId: string;
  readonly run: (fn: () => void) => boolean;
}

/** One action, edited in place; memoised because the list can be long. */
export const ActionRow = memo(function ActionRow({ action, teamsListId, run }: ActionRowProps) {
  const t = useT(actionMessages);
  const { doc, readOnly } = useMapSession();
  const [open, setOpen] = useState(false);
  const setCards = useCallback(
    (cardIds: readonly Id[]) => run(() => updateAction(doc, action.id, { cardIds: [...cardIds] })),
    [doc, action.id, run],
  );

  return (
    <li className={`action action-${action.status}`}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {action.title} · {t(action.status)}
          {action.ownerTeam ? ` · ${action.ownerTeam}` : ''}
        </summary>
        <div role="group" aria-label={t('edit', { title: action.title })}>
          <TextField
            label={t('title')}
            value={action.title}
            maxLength={500}
            disabled={readOnly}
            validate={(v) => (v.trim() === '' ? t('titleRequired') : null)}
            onCommit={(v) => updateAction(doc, action.id, { title: v.trim() })}
          />
          <SelectField
            label={t('status')}
            value={action.status}
            disabled={readOnly}
            options={STATUSES.map((s) => ({ value: s, label: t(s) }))}
            onChange={(v) => {
              const status = STATUSES.find((s) => s === v);
              if (status) run(() => updateAction(doc, action.id, { status }));
            }}
          />
          <OwnerTeamField
            label={t('ownerTeam')}
            value={action.ownerTeam}
            listId={teamsListId}
            disabled={readOnly}
            onCommit={(ownerTeam) => updateAction(doc, action.id, { ownerTeam })}
          />
          <TextField
            label={t('due')}
            type="date"
            value={action.due ?? ''}
            disabled={readOnly}
            onCommit={(v) => updateAction(doc, action.id, { due: v || undefined })}
          />
          <ActionCards cardIds={action.cardIds} readOnly={readOnly} onChange={setCards} />
          {!readOnly && (
            <button
              type="button"
              className="danger"
              onClick={() => run(() => deleteAction(doc, action.id))}
            >
              {t('delete', { title: action.title })}
            </button>
          )}
        </div>
      </details>
    </li>
  );
});
