/**
 * The persona's fields (name, description, goals, prior knowledge), or the button
 * that adds a persona when the map has none: the map panel's persona section and
 * the board's persona band both show them.
 */
import { updatePersona } from '../../doc';
import type { Persona } from '../../model/types';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { GoalsEditor } from './GoalsEditor';
import { mapPanelMessages } from './mapPanelMessages';
import { TextField } from './TextField';
import type { CommandRunner } from './useCommand';

/** An empty text clears the optional field. */
export const orNothing = (v: string) => (v.trim() === '' ? undefined : v);

export function PersonaFields({
  persona,
  run,
}: {
  readonly persona: Persona | undefined;
  readonly run: CommandRunner['run'];
}) {
  const t = useT(mapPanelMessages);
  const { doc, readOnly } = useMapSession();
  if (!persona) {
    if (readOnly) return null;
    return (
      <button
        type="button"
        onClick={() => run(() => updatePersona(doc, { name: t('newPersonaName') }))}
      >
        {t('addPersona')}
      </button>
    );
  }
  return (
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
  );
}
