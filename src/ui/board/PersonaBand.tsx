/**
 * The persona on the board, for everyone: a band above the board with the
 * persona's initials, name and the scenario; opened, it shows and edits the
 * persona (description, goals, prior knowledge) and the map's scenario and CX goal
 * in place. Closed it is one line; open or closed is this device's choice per map
 * (personaBandStore).
 */
import { lazy, Suspense, useId } from 'react';
import { initialsOf } from '../../model/initials';
import { personaImageOf } from '../../model/personaImage';
import { useLanguageStore, useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { usePersonaBand } from './personaBandStore';
import { PersonaPicture } from './PersonaPicture';
import { personaBandMessages } from './personaBandMessages';

const PersonaBandFields = lazy(() =>
  import('../panels').then((m) => ({ default: m.PersonaBandFields })),
);

export function PersonaBand() {
  const t = useT(personaBandMessages);
  const language = useLanguageStore((s) => s.language);
  const { mapId, readOnly } = useMapSession();
  const persona = useSnapshot((s) => s.meta.persona);
  const scenario = useSnapshot((s) => s.meta.scenario);
  const open = usePersonaBand((s) => !!s.opened[mapId]);
  const toggle = usePersonaBand((s) => s.toggle);
  const bodyId = useId();
  const name = persona?.name ?? t('noPersona');
  const picture = personaImageOf(persona);

  return (
    <section className="jb-persona" aria-label={t('region')} data-open={open || undefined}>
      <div className="jb-persona__bar">
        {picture && persona ? (
          <img className="jb-persona__avatar" src={picture} alt={persona.name} />
        ) : (
          <span className="jb-persona__avatar" aria-hidden="true">
            {persona ? initialsOf(persona.name, language) : '?'}
          </span>
        )}
        <button
          type="button"
          className="jb-persona__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => toggle(mapId)}
        >
          <span className="jb-sr">{t(open ? 'hide' : 'show')}: </span>
          <strong>{name}</strong>
        </button>
        {!open && persona?.description && (
          <span className="jb-persona__summary">{persona.description}</span>
        )}
        {!open && scenario && (
          <span className="jb-persona__summary">
            {t('scenario')}: {scenario}
          </span>
        )}
      </div>
      {open && (
        <div id={bodyId} className="jb-persona__body">
          {!readOnly && <PersonaPicture />}
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <PersonaBandFields />
          </Suspense>
        </div>
      )}
    </section>
  );
}
