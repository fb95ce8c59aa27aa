/**
 * The persona band's open form (board, src/ui/board/PersonaBand.tsx): the persona
 * and the map's scenario and CX goal, edited in place with the same commands the
 * map panel uses (updatePersona, updateMeta). Loaded on demand with the panels.
 */
import { updateMeta } from '../../doc';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { CommandError } from './CommandError';
import { mapPanelMessages } from './mapPanelMessages';
import { orNothing, PersonaFields } from './PersonaFields';
import { TextField } from './TextField';
import { useCommand } from './useCommand';

export function PersonaBandFields() {
  const t = useT(mapPanelMessages);
  const { doc, readOnly } = useMapSession();
  const meta = useSnapshot((s) => s.meta);
  const { run, error } = useCommand();

  return (
    <div className="jb-persona__fields">
      <PersonaFields persona={meta.persona} run={run} />
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
