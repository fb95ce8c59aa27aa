/**
 * The persona band's open form (board, src/ui/board/PersonaBand.tsx): the persona
 * and the map's scenario and CX goal, edited in place with the same commands the
 * map panel uses (updatePersona, updateMeta). Loaded on demand with the panels.
 */
import { useSnapshot } from '../../session/MapSession';
import { CommandError } from './CommandError';
import { MetaTextField } from './MetaTextField';
import { PersonaFields } from './PersonaFields';
import { useCommand } from './useCommand';

export function PersonaBandFields() {
  const persona = useSnapshot((s) => s.meta.persona);
  const { run, error } = useCommand();

  return (
    <div className="jb-persona__fields">
      <PersonaFields persona={persona} run={run} />
      <MetaTextField field="scenario" />
      <MetaTextField field="cxGoal" />
      <CommandError error={error} />
    </div>
  );
}
