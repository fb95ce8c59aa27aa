import { updatePersona } from '../../doc';
import type { Persona } from '../../model/types';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { CommandError } from './CommandError';
import { GoalsEditor } from './GoalsEditor';
import { mapPanelMessages } from './mapPanelMessages';
import { TextField } from './TextField';
import { useCommand } from './useCommand';

/** The persona of the map: name, description, goals (jobs to be done), prior knowledge. */
export function PersonaSection({ persona }: { readonly persona: Persona | undefined }) {
  const t = useT(mapPanelMessages);
  const { doc, readOnly } = useMapSession();
  const { run, error } = useCommand();

  return (
    <section className="panel-section persona" aria-labelledby="persona-heading">
      <h3 id="persona-heading">{t('persona')}</h3>
      {!persona ? (
        !readOnly && (
          <button
            type="button"
            onClick={() => run(() => updatePersona(doc, { name: t('newPersonaName') }))}
          >
            {t('addPersona')}
          </button>
        )
      ) : (
        <>
          <TextField
            label={t('personaName')}
            value={persona.name}
            disabled={readOnly}
            maxLength={200}
            validate={(v) => (v.trim() === '' ? t('personaNameRequired') : null)}
            onCommit={(v) => updatePersona(doc, { name: v.trim() })}
          />
          <TextField
            label={t('personaDescription')}
            value={persona.description ?? ''}
            multiline
            disabled={readOnly}
            onCommit={(v) => updatePersona(doc, { description: v.trim() === '' ? undefined : v })}
          />
          <GoalsEditor
            goals={persona.goals ?? []}
            disabled={readOnly}
            onChange={(goals) =>
              run(() => updatePersona(doc, { goals: goals.length ? [...goals] : undefined }))
            }
          />
          <TextField
            label={t('priorKnowledge')}
            value={persona.priorKnowledge ?? ''}
            multiline
            disabled={readOnly}
            onCommit={(v) =>
              updatePersona(doc, { priorKnowledge: v.trim() === '' ? undefined : v })
            }
          />
          {!readOnly && (
            <button type="button" onClick={() => run(() => updatePersona(doc, null))}>
              {t('removePersona')}
            </button>
          )}
        </>
      )}
      <CommandError error={error} />
    </section>
  );
}
