/**
 * Improvement actions that come out of the map's insights: what, who, by when, and
 * which cards (pain points, opportunities) they address.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { addAction } from '../../doc';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { useUiStore } from '../../session/uiStore';
import { actionMessages } from './actionMessages';
import { ActionRow } from './ActionRow';
import { CommandError } from './CommandError';
import { commonMessages } from './commonMessages';
import { TeamSuggestions } from './TeamSuggestions';
import { useCommand } from './useCommand';

export function ActionsPanel() {
  const t = useT(actionMessages);
  const tc = useT(commonMessages);
  const { doc, readOnly } = useMapSession();
  const actions = useSnapshot((s) => s.actions);
  const selected = useUiStore((s) => s.selectedCardIds);
  const { run, error } = useCommand();
  const id = useId();
  const teamsId = `${id}-teams`;
  const [title, setTitle] = useState('');

  const add = (cardIds: readonly string[]) => {
    const text = title.trim();
    if (!text) return;
    if (run(() => addAction(doc, { title: text, cardIds: [...cardIds] }))) setTitle('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add([]);
  };

  return (
    <section className="panel actions-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      {readOnly && <p className="panel-note">{tc('readOnly')}</p>}
      <p className="panel-note">
        {actions.length === 0 ? t('none') : t('count', { n: actions.length })}
      </p>
      <ul className="actions">
        {actions.map((action) => (
          <ActionRow key={action.id} action={action} teamsListId={teamsId} run={run} />
        ))}
      </ul>
      <TeamSuggestions id={teamsId} />
      {!readOnly && (
        <form onSubmit={submit} className="add-row">
          <label htmlFor={`${id}-new`}>{t('newTitle')}</label>
          <input
            id={`${id}-new`}
            type="text"
            maxLength={500}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" disabled={title.trim() === ''}>
            {t('add')}
          </button>
          {selected.length > 0 && (
            <button type="button" disabled={title.trim() === ''} onClick={() => add(selected)}>
              {t('addForSelection', { n: selected.length })}
            </button>
          )}
        </form>
      )}
      <CommandError error={error} />
    </section>
  );
}
