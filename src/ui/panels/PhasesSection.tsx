/** The map's phases in the map panel: each one's name and description (the board's headers show both). */
import { renamePhase, updatePhase } from '../../doc';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { mapPanelMessages } from './mapPanelMessages';
import { TextField } from './TextField';

export function PhasesSection() {
  const t = useT(mapPanelMessages);
  const { doc, readOnly } = useMapSession();
  const phases = useSnapshot((s) => s.phases);
  return (
    <section className="panel-section phases" aria-labelledby="phases-heading">
      <h3 id="phases-heading">{t('phases')}</h3>
      <ol className="phase-list">
        {phases.map((phase, i) => (
          <li key={phase.id}>
            <TextField
              label={t('phaseName', { n: i + 1 })}
              value={phase.name}
              disabled={readOnly}
              maxLength={200}
              validate={(v) => (v.trim() === '' ? t('phaseNameRequired') : null)}
              onCommit={(v) => renamePhase(doc, phase.id, v.trim())}
            />
            <TextField
              label={t('phaseDescription', { n: i + 1, name: phase.name })}
              value={phase.description ?? ''}
              multiline
              disabled={readOnly}
              maxLength={10_000}
              // empty removes the field instead of storing ""
              onCommit={(v) =>
                updatePhase(doc, phase.id, { description: v.trim() === '' ? undefined : v })
              }
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
