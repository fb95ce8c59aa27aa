import { updatePersona } from '../../doc';
import type { Persona } from '../../model/types';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { CommandError } from './CommandError';
import { mapPanelMessages } from './mapPanelMessages';
import { PersonaFields } from './PersonaFields';
import { useCommand } from './useCommand';

/** The persona of the map: name, description, goals (jobs to be done), prior knowledge. */
export function PersonaSection({ persona }: { readonly persona: Persona | undefined }) {
  const t = useT(mapPanelMessages);
  const { doc, readOnly } = useMapSession();
  const { run, error } = useCommand();

  return (
    <section className="panel-section persona" aria-labelledby="persona-heading">
      <h3 id="persona-heading">{t('persona')}</h3>
      <PersonaFields persona={persona} run={run} />
      {persona && !readOnly && (
        <button type="button" onClick={() => run(() => updatePersona(doc, null))}>
          {t('removePersona')}
        </button>
      )}
      <CommandError error={error} />
    </section>
  );
}
