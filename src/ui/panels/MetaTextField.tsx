/**
 * One of the map's long optional texts (description, scenario, CX goal), edited in
 * place; an empty text removes the field. The map panel and the persona band use it.
 */
import { updateMeta } from '../../doc';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { mapPanelMessages } from './mapPanelMessages';
import { orNothing } from './PersonaFields';
import { TextField } from './TextField';

export function MetaTextField({
  field,
}: {
  readonly field: 'description' | 'scenario' | 'cxGoal';
}) {
  const t = useT(mapPanelMessages);
  const { doc, readOnly } = useMapSession();
  const value = useSnapshot((s) => s.meta[field]);
  return (
    <TextField
      label={t(field)}
      value={value ?? ''}
      multiline
      disabled={readOnly}
      {...(field === 'cxGoal' ? { maxLength: 2000 } : {})}
      onCommit={(v) => updateMeta(doc, { [field]: orNothing(v) })}
    />
  );
}
