/**
 * The persona band's open form (board, src/ui/board/PersonaBand.tsx): the persona
 * and the map's scenario and CX goal, edited in place with the same commands the
 * map panel uses (updatePersona, updateMeta). Loaded on demand with the panels.
 */
import { updateMeta, updatePersona } from '../../doc';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { CommandError } from './CommandError';
import { GoalsEditor } from './GoalsEditor';
import { mapPanelMessages } from './mapPanelMessages';
import { TextField } from './TextField';
import { useCommand } from './useCommand';

const orNothing = (v: string) => (v.trim() === '' ? undefined : v);

export function PersonaBandFields() {
  const t = useT(mapPanelMessages);
  const { doc, readOnly } = useMapSession();
  const meta = useSnapshot((s) => s.meta);
  const persona = meta.persona;
  const { run, error } = useCommand();

  return (
    <div className="jb-persona__fields">
      {persona ? (
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
            onCommit={(v) => updatePersona(doc, { description: orNothing(v) })}
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
            onCommit={(v) => updatePersona(doc, { priorKnowledge: orNothing(v) })}
          />
        </>
      ) : (
        !readOnly && (
          <button
            type="button"
            onClick={() => run(() => updatePersona(doc, { name: t('newPersonaName') }))}
          >
            {t('addPersona')}
          </button>
        )
      )}
      <TextField
        label={t('scenario')}
        value={meta.scenario ?? ''}
        multiline
        disabled={readOnly}
        onCommit={(v) => updateMeta(doc, { scenario: orNothing(v) })}
      />
      <TextField
        label={t('cxGoal')}
        value={meta.cxGoal ?? ''}
        multiline
        disabled={readOnly}
        maxLength={2000}
        onCommit={(v) => updateMeta(doc, { cxGoal: orNothing(v) })}
      />
      <CommandError error={error} />
    </div>
  );
}
